#include "jobform/jobformdraftrows.h"

#include "jobform/keyvaluerows.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QMap>
#include <QRegularExpression>
#include <QString>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::jobformdraftrows {

namespace {

using ByField = QMap<QString, keyvaluerows::Rows>;

void add(QJsonObject &json, const QString &prefix, const ByField &byField)
{
    for (auto it = byField.begin(); it != byField.end(); ++it) {
        QJsonArray rows;
        for (const auto &[name, value] : it.value())
            rows.append(QJsonObject {{name, value}});
        json.insert(prefix + it.key(), rows);
    }
}

keyvaluerows::Rows rowsOf(const QJsonValue &value)
{
    keyvaluerows::Rows rows;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &row : array) {
        const QJsonObject object = row.toObject();
        if (object.size() == 1)
            rows.append({object.begin().key(), object.begin().value().toString()});
    }
    return rows;
}

} // namespace

QJsonObject collect(const JobSettingsForm &form)
{
    QJsonObject json;
    add(json, QString(), form.repeatedRows);
    for (int i = 0; i < form.tasks.size(); ++i)
        add(json, u"tasks[%1]."_s.arg(i), form.tasks.at(i).repeatedRows);
    for (int i = 0; i < form.jobClusters.size(); ++i)
        add(json, u"job_clusters[%1]."_s.arg(i), form.jobClusters.at(i).repeatedRows);
    return json;
}

void restore(JobSettingsForm &form, const QJsonObject &rows)
{
    static const QRegularExpression entryField(u"^(tasks|job_clusters)\\[(\\d+)\\]\\.(.+)$"_s);
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        const keyvaluerows::Rows repeated = rowsOf(it.value());
        const QRegularExpressionMatch match = entryField.match(it.key());
        ByField *byField = &form.repeatedRows;
        QString field = it.key();
        if (match.hasMatch()) {
            const qsizetype index = match.captured(2).toLongLong();
            const bool isTask = match.captured(1) == u"tasks";
            if (index >= (isTask ? form.tasks.size() : form.jobClusters.size()))
                continue;
            byField = isTask ? &form.tasks[index].repeatedRows : &form.jobClusters[index].repeatedRows;
            field = match.captured(3);
        }
        keyvaluerows::remember(*byField, field, repeated);
    }
}

} // namespace brickdesk::jobformdraftrows
