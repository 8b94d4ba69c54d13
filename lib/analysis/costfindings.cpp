#include "analysis/costfindings.h"

#include "analysis/timewords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace brickdesk {

namespace {

constexpr qint64 kMinute = 60'000;

QString number(double value)
{
    return QLocale().toString(value, 'f', value < 10 ? 1 : 0);
}

struct Stretch
{
    qsizetype first = 0;
    qsizetype last = 0; // inclusive
    qsizetype length() const { return last - first + 1; }
};

template<typename Pred>
QVector<Stretch> stretches(const QVector<ClusterMinute> &minutes, Pred pred, int minLength)
{
    QVector<Stretch> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= minutes.size(); ++i) {
        const bool in = i < minutes.size() && pred(minutes.at(i))
            && (start < 0 || minutes.at(i).minuteMs == minutes.at(i - 1).minuteMs + kMinute);
        if (in && start < 0) {
            start = i;
        } else if (!in && start >= 0) {
            if (i - start >= minLength)
                out.append({start, i - 1});
            start = i < minutes.size() && pred(minutes.at(i)) ? i : -1;
        }
    }
    return out;
}

} // namespace

QVector<CostFinding> findCostIssues(
    const QVector<ClusterMinute> &minutes, const QVector<LostNodes> &lost, const FindingThresholds &t)
{
    QVector<CostFinding> out;

    // Scale-ups while utilisation was low.
    {
        CostFinding f {CostFinding::Kind::ScaleUpWhileIdle, 0, 0, 0, {}};
        qint64 lastCounted = -1;
        int firstFrom = 0;
        int firstTo = 0;
        double firstCpu = 0;
        for (qsizetype i = 10; i < minutes.size(); ++i) {
            const ClusterMinute &now = minutes.at(i);
            const ClusterMinute &before = minutes.at(i - 1);
            if (!now.up || !before.up || now.workers <= before.workers)
                continue;
            double sum = 0;
            int known = 0;
            for (qsizetype k = i - 10; k < i; ++k) {
                if (minutes.at(k).up && minutes.at(k).cpuPercent >= 0) {
                    sum += minutes.at(k).cpuPercent;
                    ++known;
                }
            }
            if (known < 5 || sum / known >= t.lowCpuPercent)
                continue;
            if (lastCounted >= 0 && now.minuteMs - lastCounted < 10 * kMinute)
                continue;
            lastCounted = now.minuteMs;
            if (f.count == 0) {
                f.atMs = now.minuteMs;
                firstFrom = before.workers;
                firstTo = now.workers;
                firstCpu = sum / known;
            }
            ++f.count;
            f.amount += now.workers - before.workers;
        }
        if (f.count > 0) {
            f.text = QCoreApplication::translate("brickdesk::CostFindings",
                "Scale-ups while the workers' CPU was under %2%: %1 (the first at %3: %4 → %5 workers "
                "at %6% CPU); the autoscaler may be reacting to something other than load.")
                         .arg(f.count)
                         .arg(t.lowCpuPercent)
                         .arg(timeWords(f.atMs))
                         .arg(firstFrom)
                         .arg(firstTo)
                         .arg(qRound(firstCpu));
            out.append(f);
        }
    }

    // Long stretches at the maximum while busy: under-sized.
    {
        const auto found = stretches(
            minutes,
            [&t](const ClusterMinute &m) {
                return m.up && m.maxWorkers > 0 && m.workers >= m.maxWorkers
                    && m.cpuPercent >= t.busyCpuPercent;
            },
            t.minStretchMinutes);
        if (!found.isEmpty()) {
            CostFinding f {CostFinding::Kind::UnderSized, 0, int(found.size()), 0, {}};
            Stretch longest = found.first();
            for (const Stretch &s : found) {
                f.amount += double(s.length());
                if (s.length() > longest.length())
                    longest = s;
            }
            f.atMs = minutes.at(longest.first).minuteMs;
            f.text = QCoreApplication::translate("brickdesk::CostFindings",
                "The cluster ran at its autoscale maximum (%1 workers) with CPU above %2% for %3 in "
                "total, the longest stretch %4 from %5: it looks under-sized; a higher maximum would "
                "have finished the work sooner.")
                         .arg(minutes.at(longest.first).maxWorkers)
                         .arg(t.busyCpuPercent)
                         .arg(durationWords(f.amount))
                         .arg(durationWords(double(longest.length())))
                         .arg(timeWords(f.atMs));
            out.append(f);
        }
    }

    // Nodes kept up after the load fell.
    {
        const auto found = stretches(
            minutes,
            [&t](const ClusterMinute &m) {
                return m.up && m.cpuPercent >= 0 && m.cpuPercent < t.idleCpuPercent
                    && m.workers > std::max(0, m.minWorkers);
            },
            t.minStretchMinutes);
        if (!found.isEmpty()) {
            CostFinding f {CostFinding::Kind::SlowScaleDown, 0, int(found.size()), 0, {}};
            Stretch longest = found.first();
            for (const Stretch &s : found) {
                for (qsizetype i = s.first; i <= s.last; ++i)
                    f.amount += double(minutes.at(i).workers - std::max(0, minutes.at(i).minWorkers)) / 60.0;
                if (s.length() > longest.length())
                    longest = s;
            }
            f.atMs = minutes.at(longest.first).minuteMs;
            f.text = QCoreApplication::translate("brickdesk::CostFindings",
                "Nodes were kept up after the load fell: %1 worker-hours above the minimum while CPU "
                "stayed under %2% (the longest stretch %3 from %4). Scale-down is slow for this load.")
                         .arg(number(f.amount))
                         .arg(t.idleCpuPercent)
                         .arg(durationWords(double(longest.length())))
                         .arg(timeWords(f.atMs));
            out.append(f);
        }
    }

    // Idle before auto-termination ended it.
    {
        CostFinding f {CostFinding::Kind::LongAutoTermination, 0, 0, 0, {}};
        double tailMinutes = 0;
        for (qsizetype i = 0; i + 1 < minutes.size(); ++i) {
            if (!minutes.at(i).up || minutes.at(i + 1).up)
                continue;
            qsizetype k = i;
            double nodeMinutes = 0;
            while (k >= 0 && minutes.at(k).up && minutes.at(k).cpuPercent >= 0
                && minutes.at(k).cpuPercent < t.idleCpuPercent) {
                nodeMinutes += minutes.at(k).workers + 1;
                --k;
            }
            const qsizetype tail = i - k;
            if (tail < t.idleBeforeEndMinutes)
                continue;
            if (f.count == 0)
                f.atMs = minutes.at(k + 1).minuteMs;
            ++f.count;
            tailMinutes += double(tail);
            f.amount += nodeMinutes / 60.0;
        }
        if (f.count > 0) {
            f.text = QCoreApplication::translate("brickdesk::CostFindings",
                "The cluster sat idle for %1 on average before it went down (%2 times), %3 node-hours in "
                "all: a shorter auto-termination would have saved most of them.")
                         .arg(durationWords(tailMinutes / f.count))
                         .arg(f.count)
                         .arg(number(f.amount));
            out.append(f);
        }
    }

    // Lost nodes and the time they took to replace.
    if (!lost.isEmpty()) {
        CostFinding f {CostFinding::Kind::LostNodes, lost.first().atMs, int(lost.size()), 0, {}};
        int nodes = 0;
        for (const LostNodes &l : lost) {
            nodes += l.nodes;
            const auto at = std::lower_bound(minutes.begin(), minutes.end(), l.atMs,
                [](const ClusterMinute &m, qint64 ms) { return m.minuteMs + kMinute <= ms; });
            if (at == minutes.end() || at == minutes.begin())
                continue;
            const int before = (at - 1)->workers;
            for (auto it = at; it != minutes.end() && it->up && it->workers < before; ++it)
                f.amount += 1;
        }
        f.text = QCoreApplication::translate("brickdesk::CostFindings",
            "Nodes lost: %1, in %2 events (spot preemption or unreachable instances); the cluster ran "
            "short of workers for %3 in all while they were replaced.")
                     .arg(nodes)
                     .arg(lost.size())
                     .arg(durationWords(f.amount));
        out.append(f);
    }
    return out;
}

} // namespace brickdesk
