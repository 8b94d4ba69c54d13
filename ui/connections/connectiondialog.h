#pragma once

#include "auth/workspaceentry.h"

#include <QDialog>
#include <QPointer>
#include <QProcessEnvironment>
#include <QUrl>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;

namespace brickdesk {

class ConnectionProbe;
class SecretStore;
class WorkspaceSaver;
class WorkspaceStore;

// Add, edit, test and remove workspaces. Lists the built-in demo workspace, Brickdesk's own
// workspaces (WorkspaceStore, no secrets) and the profiles found in ~/.databrickscfg with
// where each setting came from. Secrets go to the keychain; when it is unavailable the
// dialog says so and offers to keep the secret for this session only.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
public:
    using OpenBrowser = std::function<void(const QUrl &url)>;

    ConnectionDialog(
        WorkspaceStore *store, SecretStore *keychain, SecretStore *sessionSecrets, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // HOME / DATABRICKS_CONFIG_FILE / DATABRICKS_* used to find and resolve profiles.
    void setEnvironment(const QProcessEnvironment &env);
    // QDesktopServices::openUrl by default.
    void setOpenBrowser(OpenBrowser openBrowser) { m_openBrowser = std::move(openBrowser); }
    // Where the demo workspace runs, if the caller already started it (for Test connection).
    void setDemoEndpoint(const QUrl &url, const QString &token);

    // Re-reads the store and the config file.
    void reload();
    // Selects a saved workspace (by id) or starts a new one (empty id).
    void selectWorkspace(const QString &id);
    // The entry being edited, as the form currently describes it.
    WorkspaceEntry currentEntry() const;

signals:
    // The user asked to open this workspace ("Connect").
    void connectRequested(const brickdesk::WorkspaceEntry &entry);
    // Saved, with its secret stored (keychain or session).
    void workspaceSaved(const QString &id);
    void workspaceRemoved(const QString &id);
    // Result of Test connection (also shown in the dialog).
    void testFinished(bool success, const QString &message);

private:
    enum ItemKind { DemoItem = 1, SavedItem, ProfileItem, NewItem };

    void buildUi();
    void populate();
    void showItem(QListWidgetItem *item);
    void updateFieldsForMethod();
    void setStatus(const QString &text, bool error);
    QString currentSecret() const;
    WorkspaceEntry::AuthMethod currentMethod() const;

    void testConnection();
    // Discovery named a sign-in host that is not the workspace's: ask whether to trust it, and
    // if so keep it with the entry and test again.
    void confirmSignInHost(const QString &signInHost, const QUrl &workspace);
    void save();
    void useSessionOnly();
    void removeCurrent();
    void moveProfileTokenToKeychain();
    void exportProfile();

    QPointer<WorkspaceStore> m_store;
    QPointer<SecretStore> m_keychain;
    QPointer<SecretStore> m_sessionSecrets;
    OpenBrowser m_openBrowser;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QUrl m_demoUrl;
    QString m_demoToken;

    QString m_editingId; // saved workspace being edited; empty for a new one
    QString m_editingProfile; // profile being shown
    QStringList m_confirmedSignInHosts; // of the entry shown (saved with it)

    ConnectionProbe *m_probe = nullptr;
    WorkspaceSaver *m_saver = nullptr;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_hostEdit = nullptr;
    QComboBox *m_methodCombo = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QLabel *m_clientIdLabel = nullptr;
    QLineEdit *m_clientIdEdit = nullptr;
    QLabel *m_clientSecretLabel = nullptr;
    QLineEdit *m_clientSecretEdit = nullptr;
    QLabel *m_profileLabel = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QLabel *m_sourcesLabel = nullptr;
    QLabel *m_configProblemsLabel = nullptr;
    QCheckBox *m_sessionOnlyCheck = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_moveToKeychainButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_keychainWarning = nullptr;
    QPushButton *m_sessionOnlyButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace brickdesk
