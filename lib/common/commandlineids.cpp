#include "common/commandlineids.h"

#include <QRegularExpression>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

std::optional<qint64> CommandLineIds::number(const QString &option, const QString &value, QString *error)
{
    static const QRegularExpression digits(u"^[0-9]{1,19}$"_s);
    const QString trimmed = value.trimmed();
    bool ok = false;
    const qint64 id = digits.match(trimmed).hasMatch() ? trimmed.toLongLong(&ok) : 0;
    if (ok && id > 0)
        return id;
    if (error)
        *error = tr("--%1 needs an id that is a whole number from 1 to %2, not “%3”.")
                     .arg(option)
                     .arg(std::numeric_limits<qint64>::max())
                     .arg(value);
    return std::nullopt;
}

std::optional<QString> CommandLineIds::clusterId(const QString &option, const QString &value, QString *error)
{
    static const QRegularExpression shape(u"^[A-Za-z0-9_-]{1,100}$"_s);
    const QString trimmed = value.trimmed();
    if (shape.match(trimmed).hasMatch())
        return trimmed;
    if (error)
        *error = tr("--%1 needs a cluster id such as 0123-456789-abcdefgh (letters, digits, '-' and '_'), "
                    "not “%2”.")
                     .arg(option, value);
    return std::nullopt;
}

} // namespace brickdesk
