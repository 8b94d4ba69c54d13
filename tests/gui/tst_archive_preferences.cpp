// Preferences ▸ Local archive over real archive files: each one listed with its size and what
// it holds; Prune asks first (a "no" changes nothing), then removes the older events and says
// what it removed; Delete asks first, then the file and its row are gone.
#include "archive/archivedatabase.h"
#include "archive/archivepreferencespanel.h"
#include "clustereventjson.h"
#include "common/localization.h"
#include "common/preferences.h"
#include "common/preferencesdialog.h"
#include "common/prompts.h"
#include "common/viewstatesaver.h"
#include "eventwait.h"
#include "services/archivemaintenance.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kTimeout = 20000;
constexpr qint64 kDayMs = 86'400'000;
} // namespace

class TestArchivePreferences final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsPrunesAndDeletesAfterAsking();
};

void TestArchivePreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Localization::install(u"en"_s)); // English plurals, as the app has them
}

void TestArchivePreferences::listsPrunesAndDeletesAfterAsking()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"prod.example.com-0badf00d.sqlite"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        ArchiveDatabase db(path);
        QVERIFY(db.open().ok());
        QJsonArray events;
        for (int day = 60; day >= 1; --day) {
            for (int i = 0; i < 24; ++i) {
                events.append(QJsonObject {{u"cluster_id"_s, u"c-1"_s},
                    {u"timestamp"_s, now - day * kDayMs + i * 3600'000}, {u"type"_s, u"RESIZING"_s},
                    {u"details"_s, test::clusterCountsJson(i % 7, i % 7 + 1)}});
            }
        }
        QVERIFY(db.addEvents(u"c-1"_s, events).ok());
    }

    Preferences preferences(dir.filePath(u"preferences.ini"_s));
    // At the size it opens at (for the screenshot), not one an earlier run left behind.
    QSettings().remove(ViewStateSaver::settingsGroup() + u"/preferencesDialog"_s);
    PreferencesDialog dialog(&preferences);
    ArchivePreferencesPanel *panel = dialog.archivePanel();
    panel->maintenance()->setDirectory(dir.path());
    dialog.setArchiveNames({{path, u"Prod"_s}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.tabs()->setCurrentWidget(panel);
    QTableWidget *table = panel->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(table->item(0, 2)->text(), QLocale().toString(60 * 24), kTimeout);
    QCOMPARE(table->item(0, 0)->text(), u"Prod"_s);
    QCOMPARE(table->item(0, 1)->text(),
        QLocale().formattedDataSize(QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size()));
    QVERIFY(panel->pruneButton()->isEnabled());

    QString asked;
    bool answer = false;
    Prompts::setConfirmHandler([&asked, &answer](QWidget *, const QString &, const QString &text) {
        asked = text;
        return answer;
    });
    panel->keepDaysSpin()->setValue(10);
    QTest::mouseClick(panel->pruneButton(), Qt::LeftButton);
    QVERIFY2(asked.contains(u"Prod"_s), qPrintable(asked));
    QVERIFY(!panel->maintenance()->isBusy());
    QCOMPARE(table->item(0, 2)->text(), QLocale().toString(60 * 24));

    answer = true;
    QTest::mouseClick(panel->pruneButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->reportLabel()->text().contains(u"removed"_s), kTimeout);
    QVERIFY2(
        panel->reportLabel()->text().contains(u"last 10 days"_s), qPrintable(panel->reportLabel()->text()));
    // Days 60 to 11 go, and the first hour of day 10 (exactly at the cut) with them.
    const qint64 kept = 10 * 24 - 1;
    QVERIFY2(panel->reportLabel()->text().contains(QLocale().toString(60 * 24 - kept)),
        qPrintable(panel->reportLabel()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(table->item(0, 2)->text(), QLocale().toString(kept), kTimeout);

    const QString shots = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + u"/screenshot-archive-preferences.png"_s));

    QTest::mouseClick(panel->deleteButton(), Qt::LeftButton);
    QVERIFY2(asked.contains(u"Delete the archive of “Prod”"_s), qPrintable(asked));
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 0, kTimeout);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(panel->reportLabel()->text().contains(u"deleted"_s));
    QVERIFY(!panel->deleteButton()->isEnabled());
    Prompts::setConfirmHandler({});
}

QTEST_MAIN(TestArchivePreferences)
#include "tst_archive_preferences.moc"
