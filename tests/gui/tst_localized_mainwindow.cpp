// The main window started in Brazilian Portuguese (offscreen) shows Portuguese labels, Qt's own
// strings are Portuguese too, and numbers follow the pt_BR locale. With BRICKDESK_SCREENSHOT_DIR
// set it also saves screenshot-pt_BR.png of the window on the demo data (used for docs/).
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "common/localization.h"
#include "common/preferencesdialog.h"
#include "emulatorfixture.h"
#include "mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

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
};

void TestLocalizedMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BrickdeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_localized_mainwindow"));
    QSettings().clear();
    QVERIFY(Localization::availableLanguages().contains(QStringLiteral("pt_BR")));
    QVERIFY(Localization::install(QStringLiteral("pt_BR")));
    QCOMPARE(Localization::installedLanguage(), QStringLiteral("pt_BR"));
}

void TestLocalizedMainWindow::cleanupTestCase()
{
    QVERIFY(Localization::install(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("brickdesk::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestLocalizedMainWindow::menusAndSidebarArePortuguese()
{
    MainWindow window;
    QCOMPARE(menu(&window, "fileMenu")->title(), QStringLiteral("&Arquivo"));
    QCOMPARE(menu(&window, "viewMenu")->title(), QStringLiteral("&Exibir"));
    QCOMPARE(menu(&window, "settingsMenu")->title(), QStringLiteral("&Configurações"));
    QCOMPARE(menu(&window, "helpMenu")->title(), QStringLiteral("Aj&uda"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("quitAction"))->text(), QStringLiteral("&Sair"));
    QCOMPARE(
        window.findChild<QAction *>(QStringLiteral("refreshAction"))->text(), QStringLiteral("&Atualizar"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("preferencesAction"))->text(),
        QStringLiteral("&Preferências…"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("workspaceLabel"))->text(),
        QStringLiteral("Não conectado"));

    // Brazilian data engineers say "jobs" and "clusters": the sidebar keeps the words.
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->count(), 2);
    QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Jobs"));
    QCOMPARE(sidebar->item(1)->text(), QStringLiteral("Clusters"));
    // …and the translation of those entries is a deliberate one, not a missing one.
    QCOMPARE(QCoreApplication::translate("brickdesk::MainWindow", "&View"), QStringLiteral("&Exibir"));
}

void TestLocalizedMainWindow::preferencesDialogIsPortuguese()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    auto *dialog = window.findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Preferências"));
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("languageNote"))
                 ->text()
                 .contains(QStringLiteral("reiniciado")),
        qPrintable(dialog->findChild<QLabel *>(QStringLiteral("languageNote"))->text()));
    dialog->close();
}

void TestLocalizedMainWindow::qtOwnStringsArePortuguese()
{
    const QString qm
        = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_pt_BR.qm");
    if (!QFileInfo::exists(qm))
        QSKIP("qt6-translations-l10n is not installed: Qt's own strings stay English");
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
}

void TestLocalizedMainWindow::numbersAndDatesFollowPtBr()
{
    QCOMPARE(QLocale().language(), QLocale::Portuguese);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    QCOMPARE(QLocale().toString(QDate(2024, 3, 9), QLocale::ShortFormat), QStringLiteral("09/03/2024"));
}

void TestLocalizedMainWindow::demoWorkspaceInPortuguese()
{
    test::EmulatorFixture fixture;
    Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
    MainWindow window;
    window.resize(1400, 860);
    window.setConnection(QStringLiteral("demo"), &connection);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("workspaceLabel"))->text(),
        QStringLiteral("Workspace: demo"));

    const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Let the jobs list load and the detail of the first job fill in before taking the picture.
    QTest::qWait(4000);
    const QString file = QDir(dir).filePath(QStringLiteral("screenshot-pt_BR.png"));
    QVERIFY(window.grab().save(file));
    qInfo("saved %s", qPrintable(file));
}

QTEST_MAIN(TestLocalizedMainWindow)
#include "tst_localized_mainwindow.moc"
