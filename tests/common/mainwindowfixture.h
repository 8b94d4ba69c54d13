#pragma once

#include "api/connection.h"
#include "auth/memorysecretstore.h"
#include "auth/statictokenprovider.h"
#include "auth/workspacestore.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "jobs/jobspage.h"
#include "mainwindow.h"
#include "models/jobsmodel.h"
#include "services/failureinbox.h"
#include "services/workspaceset.h"

#include <QApplication>
#include <QDialog>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace brickdesk::test {

// The main window over one emulated workspace ("Production"), opened as the app opens a saved
// one: a WorkspaceSet over a settings file in a temporary folder and in-memory keychains, so
// that File ▸ Workspaces… works too. The inbox polls every 200 ms.
//
//   MainWindowFixture fx(failingOptions(17));
//   fx.window().showJob(fx.key(), fx.emulator().anyJobId());
class MainWindowFixture final
{
public:
    explicit MainWindowFixture(const brickdesk::emulator::EmulatorOptions &options)
        : m_fixture(options)
        , m_connection(m_fixture.url(), std::make_shared<StaticTokenProvider>(m_fixture.token()))
        , m_store(m_dir.filePath(u"settings.ini"_s))
        , m_set(&m_store, &m_keychain, &m_session)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->failureInbox()->setPollIntervalMs(200);
        m_window->setWorkspaceSet(&m_set);
        m_key = m_set.addConnection(u"Production"_s, &m_connection);
        m_window->resize(1400, 900);
        m_window->show();
    }

    ~MainWindowFixture()
    {
        // Dialogs and other windows first, then the window before the workspaces it shows.
        closeDialogs();
        m_window.reset();
    }

    // The dialog (or other window) shown with this object name; nullptr when none is.
    static QDialog *shownDialog(const QString &objectName)
    {
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            if (window->objectName() == objectName && window->isVisible())
                return qobject_cast<QDialog *>(window);
        }
        return nullptr;
    }

    // Closes every window but the main one.
    void closeDialogs()
    {
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            if (window != m_window.get() && window->isVisible())
                window->close();
        }
        QCoreApplication::processEvents();
    }

    // The window on screen with the Jobs page and its list loaded; false when not in time.
    bool showJobs(int timeoutMs)
    {
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        m_window->showJobs();
        return brickdesk::test::waitFor(
            [this] { return m_window->jobsPage()->model()->rowCount() > 0; }, timeoutMs);
    }

    MainWindow &window() { return *m_window; }
    Connection &connection() { return m_connection; }
    brickdesk::emulator::WorkspaceEmulator &emulator() { return m_fixture.emulator(); }
    const QString &key() const { return m_key; }

private:
    QTemporaryDir m_dir;
    EmulatorFixture m_fixture;
    Connection m_connection;
    WorkspaceStore m_store;
    MemorySecretStore m_keychain;
    MemorySecretStore m_session;
    WorkspaceSet m_set;
    std::unique_ptr<MainWindow> m_window;
    QString m_key;
};

} // namespace brickdesk::test
