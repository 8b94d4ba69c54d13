// The main window started in Brazilian Portuguese (offscreen) shows Portuguese labels (menus,
// preferences, and the jobs screen on the demo workspace), Qt's own strings are Portuguese too,
// and numbers follow the pt_BR locale. With BRICKDESK_SCREENSHOT_DIR
// set it also saves screenshot-pt_BR.png of the window on the demo data (used for docs/).
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "common/localization.h"
#include "common/preferencesdialog.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

namespace {

QMenu *menu(QMainWindow *window, const char *objectName)
{
    return window->menuBar()->findChild<QMenu *>(QString::fromLatin1(objectName));
}

} // namespace

class TestLocalizedMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void menusAndSidebarArePortuguese();
    void preferencesDialogIsPortuguese();
    void qtOwnStringsArePortuguese();
    void numbersAndDatesFollowPtBr();
    void demoWorkspaceInPortuguese();
    void englishCountsOneAndMany();
    void fitsALaptopScreen();
};

void TestLocalizedMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_localized_mainwindow"_s);
    QSettings().clear();
    QVERIFY(Localization::availableLanguages().contains(u"pt_BR"_s));
    QVERIFY(Localization::install(u"pt_BR"_s));
    QCOMPARE(Localization::installedLanguage(), u"pt_BR"_s);
}

void TestLocalizedMainWindow::cleanupTestCase()
{
    QVERIFY(Localization::install(u"en"_s));
    QCOMPARE(QCoreApplication::translate("brickdesk::MainWindow", "&File"), u"&File"_s);
}

// English is the source language, yet "%n cluster(s)" must read "1 cluster" and "2 clusters":
// its plural forms come from brickdesk_en, which install("en") loads too.
void TestLocalizedMainWindow::englishCountsOneAndMany()
{
    QVERIFY(Localization::install(u"en"_s));
    QCOMPARE(Localization::installedLanguage(), u"en"_s);
    const char *context = "brickdesk::ClustersPage";
    QCOMPARE(QCoreApplication::translate(context, "%n cluster(s)", nullptr, 1), u"1 cluster"_s);
    QCOMPARE(QCoreApplication::translate(context, "%n cluster(s)", nullptr, 2), u"2 clusters"_s);
    QCOMPARE(QCoreApplication::translate(context, "%n cluster(s)", nullptr, 0), u"0 clusters"_s);
    QCOMPARE(QCoreApplication::translate("brickdesk::ClusterDetailWidget", "%n worker(s)", nullptr, 1),
        u"1 worker"_s);
    QCOMPARE(QCoreApplication::translate("brickdesk::MainWindow", "&File"), u"&File"_s);
    QVERIFY(Localization::install(u"pt_BR"_s)); // the other checks expect Portuguese
}

// 1366 px is the narrowest common laptop screen: with a workspace open, no page, in either
// language, may ask for a wider window (a long label without word wrap did: 1,649 px in pt_BR).
void TestLocalizedMainWindow::fitsALaptopScreen()
{
    test::EmulatorFixture fixture;
    Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
    for (const QString &language : {u"en"_s, u"pt_BR"_s}) {
        QVERIFY(Localization::install(language));
        MainWindow window;
        window.setConnection(u"demo"_s, &connection);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *jobs = window.findChild<QTableView *>(u"jobsView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(jobs->model()->rowCount() > 0, 20000);
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        qInfo().noquote() << language << "minimum window size" << minimum.width() << "x" << minimum.height();
        QVERIFY2(minimum.width() <= 1366,
            qPrintable(u"%1: the window needs %2 px"_s.arg(language).arg(minimum.width())));
        QVERIFY2(minimum.height() <= 768,
            qPrintable(u"%1: the window needs %2 px high"_s.arg(language).arg(minimum.height())));
    }
    QCOMPARE(Localization::installedLanguage(), u"pt_BR"_s); // as the other checks expect
}

void TestLocalizedMainWindow::menusAndSidebarArePortuguese()
{
    MainWindow window;
    QCOMPARE(menu(&window, "fileMenu")->title(), u"&Arquivo"_s);
    QCOMPARE(menu(&window, "viewMenu")->title(), u"&Exibir"_s);
    QCOMPARE(menu(&window, "settingsMenu")->title(), u"&Configurações"_s);
    QCOMPARE(menu(&window, "helpMenu")->title(), u"Aj&uda"_s);
    QCOMPARE(window.findChild<QAction *>(u"quitAction"_s)->text(), u"&Sair"_s);
    QCOMPARE(window.findChild<QAction *>(u"refreshAction"_s)->text(), u"&Atualizar"_s);
    QCOMPARE(window.findChild<QAction *>(u"preferencesAction"_s)->text(), u"&Preferências…"_s);
    QCOMPARE(window.findChild<QLabel *>(u"workspaceLabel"_s)->text(), u"Não conectado"_s);

    // Brazilian data engineers say "jobs" and "clusters": the sidebar keeps the words.
    // Without a workspace the navigation holds the failure inbox only.
    auto *sidebar = window.findChild<QTreeWidget *>(u"sidebar"_s);
    QCOMPARE(sidebar->topLevelItemCount(), 1);
    QCOMPARE(sidebar->topLevelItem(0)->text(0), u"Caixa de falhas"_s);
    QCOMPARE(QCoreApplication::translate("brickdesk::WorkspaceNavigation", "Jobs"), u"Jobs"_s);
    QCOMPARE(QCoreApplication::translate("brickdesk::WorkspaceNavigation", "Clusters"), u"Clusters"_s);
    // The catalogue of the same context is loaded (the inbox item is Portuguese above and here),
    // so the English sidebar words come from the translation, not from a missing catalogue.
    QCOMPARE(
        QCoreApplication::translate("brickdesk::WorkspaceNavigation", "Failure inbox"), u"Caixa de falhas"_s);
}

void TestLocalizedMainWindow::preferencesDialogIsPortuguese()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(u"preferencesAction"_s)->trigger();
    auto *dialog = window.findChild<PreferencesDialog *>(u"preferencesDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"Preferências"_s);
    QVERIFY2(dialog->findChild<QLabel *>(u"languageNote"_s)->text().contains(u"reiniciado"_s),
        qPrintable(dialog->findChild<QLabel *>(u"languageNote"_s)->text()));
    dialog->close();
}

void TestLocalizedMainWindow::qtOwnStringsArePortuguese()
{
    const QString qm = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_pt_BR.qm"_s;
    // scripts/dev.sh installs qt6-translations-l10n, as a packaged Brickdesk depends on it.
    QVERIFY2(QFileInfo::exists(qm), qPrintable(qm + u" is missing: install qt6-translations-l10n"_s));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancelar"_s);
}

void TestLocalizedMainWindow::numbersAndDatesFollowPtBr()
{
    QCOMPARE(QLocale().language(), QLocale::Portuguese);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);
    QCOMPARE(QLocale().toString(QDate(2024, 3, 9), QLocale::ShortFormat), u"09/03/2024"_s);
}

void TestLocalizedMainWindow::demoWorkspaceInPortuguese()
{
    test::EmulatorFixture fixture;
    Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
    MainWindow window;
    window.resize(1400, 860);
    window.setConnection(u"demo"_s, &connection);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // "Workspace" is kept in Portuguese too, so this label alone proves nothing about language.
    QCOMPARE(window.findChild<QLabel *>(u"workspaceLabel"_s)->text(), u"Workspace: demo"_s);

    // The jobs screen on live data: every text checked here differs from the English.
    auto *view = window.findChild<QTableView *>(u"jobsView"_s);
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 20000);
    QStringList headers;
    for (int column = 0; column < view->model()->columnCount(); ++column)
        headers << view->model()->headerData(column, Qt::Horizontal).toString();
    QVERIFY2(headers.contains(u"Nome"_s) && !headers.contains(u"Name"_s), qPrintable(headers.join(u", "_s)));
    QVERIFY2(headers.contains(u"ID do job"_s), qPrintable(headers.join(u", "_s)));
    QVERIFY2(headers.contains(u"Última execução"_s), qPrintable(headers.join(u", "_s)));
    QCOMPARE(window.findChild<QLineEdit *>(u"jobsFilter"_s)->placeholderText(),
        u"Filtrar por nome, ID, tag ou proprietário (Ctrl+F)"_s);
    QCOMPARE(window.findChild<QLabel *>(u"jobsPlaceholder"_s)->text(),
        u"Selecione um job para ver as configurações e execuções."_s);
    QCOMPARE(window.findChild<QAction *>(u"runNowAction"_s)->text(), u"E&xecutar agora…"_s);

    const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Let the jobs list load and the detail of the first job fill in before taking the picture.
    QTest::qWait(4000);
    const QString file = QDir(dir).filePath(u"screenshot-pt_BR.png"_s);
    QVERIFY(window.grab().save(file));
    qInfo("saved %s", qPrintable(file));
}

QTEST_MAIN(TestLocalizedMainWindow)
#include "tst_localized_mainwindow.moc"
