// The node-count chart in words (what a screen reader says for it): the range of the actual
// count, resizes, down time and lost nodes within the visible window, on hand-made series
// whose answers are worked out in the comments.
#include "analysis/nodechartsummary.h"

#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 T0 = 1'764'547'200'000; // 1 Dec 2025 00:00 UTC; the window is [T0, T0 + 10 h]

NodeChartMarker lost(qint64 timeMs)
{
    NodeChartMarker marker;
    marker.timeMs = timeMs;
    marker.kind = NodeChartMarker::Kind::NodesLost;
    return marker;
}

// Up with 3 workers before the window; scales to 8, then 12; down from +3 h to +5 h; back
// with 4, scales to 6; after the window, 20.
NodeChartData sample()
{
    NodeChartData data;
    data.startMs = T0 - 2 * kHour;
    data.endMs = T0 + 12 * kHour;
    data.actual = {{T0 - kHour, 3}, {T0 + kHour, 8}, {T0 + 2 * kHour, 12}, {T0 + 3 * kHour, 0},
        {T0 + 5 * kHour, 4}, {T0 + 6 * kHour + kHour / 4, 6}, {T0 + 11 * kHour, 20}};
    data.target = {{T0 - kHour, 3}, {T0 + kHour / 2, 8}, {T0 + 3 * kHour / 2, 12}, {T0 + 3 * kHour, 0},
        {T0 + 5 * kHour, 4}, {T0 + 6 * kHour, 6}, {T0 + 11 * kHour, 20}};
    data.down = {{T0 + 3 * kHour, T0 + 5 * kHour}};
    NodeChartMarker restart;
    restart.timeMs = T0 + 5 * kHour;
    restart.kind = NodeChartMarker::Kind::Restart;
    data.markers = {lost(T0 - 2 * kHour), lost(T0 + 2 * kHour + kHour / 2), restart, lost(T0 + 4 * kHour)};
    return data;
}

} // namespace

class TestChartSummary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void countsWhatTheWindowShows()
    {
        const NodeChartSummary s = summarizeNodeChart(sample(), T0, T0 + 10 * kHour);
        QVERIFY(s.hasValues);
        // 3 holds at T0; then 8, 12, 0 (down), 4, 6; the 20 comes after the window.
        QCOMPARE(s.lowest, 0);
        QCOMPARE(s.highest, 12);
        // 3→8, 8→12 and 4→6; not the 0 at the termination nor the 4 of the restart, nor the 20 after.
        QCOMPARE(s.resizes, 3);
        QCOMPARE(s.downMs, 2 * kHour);
        // The loss two hours before the window is not in it.
        QCOMPARE(s.nodesLost, 2);
    }

    void aNarrowerWindowCountsLess()
    {
        // [T0 + 4 h, T0 + 7 h]: down until +5 h (1 h of it), 0 then 4 then 6, one resize, one loss.
        const NodeChartSummary s = summarizeNodeChart(sample(), T0 + 4 * kHour, T0 + 7 * kHour);
        QCOMPARE(s.lowest, 0);
        QCOMPARE(s.highest, 6);
        QCOMPARE(s.resizes, 1);
        QCOMPARE(s.downMs, kHour);
        QCOMPARE(s.nodesLost, 1);
    }

    void saysItInOneSentence()
    {
        const QString text = describeNodeChart(sample(), {}, 0, T0, T0 + 10 * kHour);
        const QLocale locale;
        const QString from = locale.toString(QDateTime::fromMSecsSinceEpoch(T0), QLocale::ShortFormat);
        const QString to
            = locale.toString(QDateTime::fromMSecsSinceEpoch(T0 + 10 * kHour), QLocale::ShortFormat);
        // No translator is installed here: the plural forms show as written in the source.
        QCOMPARE(text,
            u"Workers from 0 to 12 between %1 and %2; 3 resize(s); down for 2 h 0 min; nodes lost 2 time(s)."_s
                .arg(from, to));
    }

    void constantCountsAndVcpus()
    {
        NodeChartData data;
        data.unit = NodeChartUnit::Vcpus;
        data.actual = {{T0 - kHour, 32}};
        data.target = {{T0 - kHour, 32}};
        const QString text = describeNodeChart(data, {}, 0, T0, T0 + kHour);
        QVERIFY2(text.startsWith(u"32 vCPU(s) between "_s), qPrintable(text));
        QVERIFY2(text.endsWith(u"; 0 resize(s)."_s), qPrintable(text));
    }

    void namesTheComparedSeries()
    {
        NodeChartData other;
        other.label = u"nightly-etl"_s;
        // An hour earlier in its own time: the offset lines it up with this window.
        other.actual = {{T0 - 2 * kHour, 2}, {T0, 5}, {T0 + 20 * kHour, 30}};
        const QString text = describeNodeChart(sample(), other, kHour, T0, T0 + 10 * kHour);
        QVERIFY2(text.endsWith(u" Compared with nightly-etl: from 2 to 5."_s), qPrintable(text));
    }

    void longDownTimesInDaysAndHours()
    {
        NodeChartData data = sample();
        data.down = {{T0 + kHour, T0 + kHour + 3 * 24 * kHour + 14 * kHour + 20 * 60'000}};
        const QString text = describeNodeChart(data, {}, 0, T0, T0 + 5 * 24 * kHour);
        QVERIFY2(text.contains(u"; down for 3 d 14 h;"_s), qPrintable(text));
    }

    void saysWhereTheArchiveEnds()
    {
        NodeChartData data = sample();
        data.archivedUntilMs = T0 + 3 * kHour;
        const QString until
            = QLocale().toString(QDateTime::fromMSecsSinceEpoch(T0 + 3 * kHour), QLocale::ShortFormat);
        const QString text = describeNodeChart(data, {}, 0, T0, T0 + 10 * kHour);
        QVERIFY2(
            text.endsWith(
                u" Until %1 the events come from the local archive: the workspace no longer keeps them."_s
                    .arg(until)),
            qPrintable(text));
        // Zoomed past the archived stretch: nothing to say about it.
        QVERIFY(!describeNodeChart(data, {}, 0, T0 + 4 * kHour, T0 + 10 * kHour).contains(u"archive"_s));
        // Zoomed into it (or all of it read from the archive while the workspace could not be
        // reached): the workspace is not said to have lost what it may still keep.
        const QString inside = describeNodeChart(data, {}, 0, T0, T0 + 2 * kHour);
        QVERIFY2(inside.endsWith(u" The events of this window come from the local archive."_s),
            qPrintable(inside));
    }

    void nothingKnown()
    {
        NodeChartData data;
        data.actual = {{T0 + 20 * kHour, 4}};
        QVERIFY(!summarizeNodeChart(data, T0, T0 + kHour).hasValues);
        QVERIFY(describeNodeChart(data, {}, 0, T0, T0 + kHour).startsWith(u"No node counts between "_s));
    }
};

QTEST_GUILESS_MAIN(TestChartSummary)
#include "tst_chart_summary.moc"
