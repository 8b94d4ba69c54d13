#include "jobform/jsondiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString shortText(const QJsonValue &value)
{
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isString())
        text = u'"' + value.toString() + u'"';
    else if (value.isBool())
        text = value.toBool() ? u"true"_s : u"false"_s;
    else if (value.isDouble())
        text = QString::number(value.toInteger()) == QString::number(value.toDouble(), 'g', 17)
            ? QString::number(value.toInteger())
            : QString::number(value.toDouble(), 'g', 17);
    else
        text = u"null"_s;
    if (text.size() > 80)
        text = text.left(77) + u"...";
    return text;
}

// The natural key of an array of objects, or empty if its elements have none.
QString naturalKey(const QJsonArray &a, const QJsonArray &b)
{
    for (const QString &candidate : {u"task_key"_s, u"job_cluster_key"_s, u"environment_key"_s, u"name"_s}) {
        bool all = !(a.isEmpty() && b.isEmpty());
        for (const QJsonArray *array : {&a, &b}) {
            for (const QJsonValue &item : *array)
                all = all && item.isObject() && item.toObject().value(candidate).isString();
        }
        if (all)
            return candidate;
    }
    return {};
}

void diff(const QString &path, const QJsonValue &before, const QJsonValue &after, QStringList &out)
{
    if (before == after)
        return;
    const QString prefix = path.isEmpty() ? QString() : path + u'.';
    if (before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!b.contains(it.key()))
                out << JsonDiff::tr("%1: removed").arg(prefix + it.key());
            else
                diff(prefix + it.key(), it.value(), b.value(it.key()), out);
        }
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (!a.contains(it.key()))
                out << JsonDiff::tr("%1: added %2").arg(prefix + it.key(), shortText(it.value()));
        }
        return;
    }
    if (before.isArray() && after.isArray()) {
        const QJsonArray a = before.toArray();
        const QJsonArray b = after.toArray();
        const QString key = naturalKey(a, b);
        if (!key.isEmpty()) {
            QStringList orderA;
            QStringList orderB;
            for (const QJsonValue &item : a)
                orderA << item.toObject().value(key).toString();
            for (const QJsonValue &item : b)
                orderB << item.toObject().value(key).toString();
            for (const QJsonValue &item : a) {
                const QString name = item.toObject().value(key).toString();
                const QString itemPath = u"%1[%2]"_s.arg(path, name);
                const qsizetype index = orderB.indexOf(name);
                if (index < 0)
                    out << JsonDiff::tr("%1: removed").arg(itemPath);
                else
                    diff(itemPath, item, b.at(index), out);
            }
            for (const QJsonValue &item : b) {
                const QString name = item.toObject().value(key).toString();
                if (!orderA.contains(name))
                    out << JsonDiff::tr("%1: added").arg(u"%1[%2]"_s.arg(path, name));
            }
            QStringList commonA;
            QStringList commonB;
            for (const QString &name : orderA) {
                if (orderB.contains(name))
                    commonA << name;
            }
            for (const QString &name : orderB) {
                if (orderA.contains(name))
                    commonB << name;
            }
            if (commonA != commonB)
                out << JsonDiff::tr("%1: order changed").arg(path);
            return;
        }
    }
    out << JsonDiff::tr("%1: %2 → %3").arg(path, shortText(before), shortText(after));
}

} // namespace

QStringList JsonDiff::describe(const QJsonValue &before, const QJsonValue &after, int maxLines)
{
    QStringList lines;
    diff(QString(), before, after, lines);
    if (maxLines > 0 && lines.size() > maxLines) {
        const qsizetype more = lines.size() - maxLines;
        lines = lines.mid(0, maxLines);
        lines << tr("... and %1 more changes").arg(more);
    }
    return lines;
}

} // namespace brickdesk
