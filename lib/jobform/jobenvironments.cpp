#include "jobform/jobenvironments.h"

#include "jobform/jsonfields.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::jobenvironments {

using Environment = JobSettingsForm::Environment;
using jsonfields::stringOf;

namespace {

Environment readEntry(const QJsonValue &entry)
{
    const QJsonObject object = entry.toObject();
    return {object.value(u"environment_key").toString(),
        stringOf(object.value(u"spec").toObject().value(u"environment_version"))};
}

// The environment keys that `tasks` name, without the empty one.
QSet<QString> keysNamedBy(const QJsonArray &tasks)
{
    QSet<QString> keys;
    for (const QJsonValue &task : tasks) {
        const QString key = task.toObject().value(u"environment_key").toString();
        if (!key.isEmpty())
            keys.insert(key);
    }
    return keys;
}

// The first entry of `entries` not yet `used` that `accepts`, or -1.
template<typename Predicate>
qsizetype firstUnused(const QJsonArray &entries, const QList<bool> &used, Predicate accepts)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!used.at(i) && accepts(entries.at(i)))
            return i;
    }
    return -1;
}

} // namespace

QList<JobFormIssue> repeatedKeys(const QList<Environment> &environments)
{
    QHash<QString, QList<int>> entriesOf;
    for (int i = 0; i < environments.size(); ++i) {
        if (!environments.at(i).key.isEmpty())
            entriesOf[environments.at(i).key].append(i);
    }
    QList<JobFormIssue> issues;
    for (int i = 0; i < environments.size(); ++i) {
        const QList<int> entries = entriesOf.value(environments.at(i).key);
        if (entries.size() < 2 || entries.at(1) != i)
            continue;
        QStringList ordinals;
        for (const int entry : entries)
            ordinals << QString::number(entry + 1);
        issues.append({u"environments[%1].environment_key"_s.arg(i),
            //: %1 is the environment key; %2 the entries (lines) of the field that declare it: "1, 3".
            QCoreApplication::translate("JobSettingsForm",
                "The environment key \"%1\" is declared more than once (lines %2). Keep one line per "
                "key: a task names its environment by key.")
                .arg(environments.at(i).key, ordinals.join(u", "))});
    }
    return issues;
}

QList<Environment> read(const QJsonObject &settings)
{
    QList<Environment> environments;
    const QJsonArray entries = settings.value(u"environments").toArray();
    for (const QJsonValue &entry : entries)
        environments.append(readEntry(entry));
    return environments;
}

void write(QJsonObject &settings, const QJsonObject &original, const QList<Environment> &environments,
    const QJsonArray &tasks)
{
    const QList<Environment> originalEnvironments = read(original);
    const QJsonArray oldEntries = original.value(u"environments").toArray();
    QList<bool> used(oldEntries.size(), false);
    QJsonArray entries;
    QSet<QString> declared;
    for (const Environment &environment : environments) {
        // An entry the form reads back unchanged is kept whole, whatever else it holds; one whose
        // version changed keeps the rest of its spec (dependencies, base_environment...).
        qsizetype match = firstUnused(
            oldEntries, used, [&](const QJsonValue &old) { return readEntry(old) == environment; });
        QJsonValue entry;
        if (match >= 0) {
            entry = oldEntries.at(match);
        } else {
            match = firstUnused(oldEntries, used, [&](const QJsonValue &old) {
                return old.isObject() && readEntry(old).key == environment.key;
            });
            QJsonObject object = match >= 0 ? oldEntries.at(match).toObject()
                                            : QJsonObject {{u"environment_key"_s, environment.key}};
            QJsonObject spec = object.value(u"spec").toObject();
            if (environment.version.isEmpty())
                spec.remove(u"environment_version");
            else if (stringOf(spec.value(u"environment_version")) != environment.version)
                spec.insert(u"environment_version"_s, environment.version);
            if (!spec.isEmpty() || object.contains(u"spec"))
                object.insert(u"spec"_s, spec);
            entry = object;
        }
        if (match >= 0)
            used[match] = true;
        entries.append(entry);
        declared.insert(environment.key);
    }

    // Serverless Python tasks need their environment declared at job level.
    QSet<QString> leftUndeclared = keysNamedBy(original.value(u"tasks").toArray());
    for (const Environment &environment : originalEnvironments)
        leftUndeclared.remove(environment.key);
    bool added = false;
    for (const QJsonValue &task : tasks) {
        const QString key = task.toObject().value(u"environment_key").toString();
        if (key.isEmpty() || declared.contains(key) || leftUndeclared.contains(key))
            continue;
        entries.append(QJsonObject {
            {u"environment_key"_s, key}, {u"spec"_s, QJsonObject {{u"environment_version"_s, u"2"_s}}}});
        declared.insert(key);
        added = true;
    }

    if (!added && environments == originalEnvironments)
        return; // untouched: whatever the server sent stays, even if it is not an array
    if (!entries.isEmpty())
        settings.insert(u"environments"_s, entries);
    else if (!(original.value(u"environments").isArray() && oldEntries.isEmpty()))
        settings.remove(u"environments");
}

} // namespace brickdesk::jobenvironments
