#pragma once

#include <QString>

namespace brickdesk {

// Process-wide table of interned strings, addressed by a 32-bit id. Compact domain values
// (ClusterEvent) keep repeated text such as cluster ids, users and termination codes as ids
// instead of 24-byte QString handles. Ids are never freed: only intern bounded vocabularies
// (codes, ids, user names), never free text. Thread-safe.
class StringPool final
{
public:
    // Id 0 is the empty string.
    static quint32 intern(const QString &text);
    static QString text(quint32 id);
    static int size();

private:
    StringPool() = delete;
};

} // namespace brickdesk
