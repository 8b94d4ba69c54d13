#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace brickdesk::test {

// Cluster events as comparable lines (time first, then the whole event), sorted: two lists of
// events compare equal exactly when they hold the same events, whatever the order of events
// that share a time.
inline QStringList eventLines(const QJsonArray &events)
{
    using namespace Qt::Literals::StringLiterals;
    QStringList out;
    for (const QJsonValue &e : events) {
        const QJsonObject o = e.toObject();
        out.append(QString::number(o.value(u"timestamp"_s).toInteger()).rightJustified(15, u'0')
            + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace brickdesk::test
