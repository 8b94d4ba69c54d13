#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace brickdesk {

// The ids `--job`, `--run` and `--cluster` name on the command line, checked before anything
// starts: "--job abc" or "--run -1" is an error that names the option, never job 0.
class CommandLineIds final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineIds)

public:
    // A job or run id: decimal digits only, 1 to 2^63-1. Empty with `error` set otherwise.
    static std::optional<qint64> number(const QString &option, const QString &value, QString *error);
    // A cluster id ("0123-456789-abcdefgh"): 1 to 100 letters, digits, '-' and '_'.
    static std::optional<QString> clusterId(const QString &option, const QString &value, QString *error);
};

} // namespace brickdesk
