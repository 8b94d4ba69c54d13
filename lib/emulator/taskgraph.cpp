#include "taskgraph.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator::taskgraph {

QList<int> levels(const QJsonArray &tasks)
{
    QHash<QString, int> index;
    for (qsizetype i = 0; i < tasks.size(); ++i)
        index.insert(tasks[i].toObject().value(u"task_key"_s).toString(), int(i));
    QList<int> level(tasks.size(), -1);
    std::function<int(int, int)> levelOf = [&](int i, int depth) -> int {
        if (level[i] >= 0)
            return level[i];
        if (depth > tasks.size())
            return 0; // a cycle; validation rejects these, be safe anyway
        int l = 0;
        const QJsonArray deps = tasks[i].toObject().value(u"depends_on"_s).toArray();
        for (const QJsonValue &d : deps) {
            const int j = index.value(d.toObject().value(u"task_key"_s).toString(), -1);
            if (j >= 0)
                l = std::max(l, levelOf(j, depth + 1) + 1);
        }
        level[i] = l;
        return l;
    };
    for (qsizetype i = 0; i < tasks.size(); ++i)
        levelOf(int(i), 0);
    return level;
}

int iterationCount(const QJsonObject &task)
{
    if (!task.contains(u"for_each_task"_s))
        return 0;
    const QString inputs = task.value(u"for_each_task"_s).toObject().value(u"inputs"_s).toString();
    const QJsonDocument doc = QJsonDocument::fromJson(inputs.toUtf8());
    if (doc.isArray())
        return int(std::min<qsizetype>(doc.array().size(), 5000));
    return 12; // a task value reference: what the upstream task would have produced
}

int runIdSpan(const QJsonArray &tasks)
{
    int span = int(tasks.size());
    for (const QJsonValue &t : tasks)
        span += iterationCount(t.toObject());
    return span;
}

} // namespace brickdesk::emulator::taskgraph
