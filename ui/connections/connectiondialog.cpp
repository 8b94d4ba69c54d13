#include "connections/connectiondialog.h"

#include "auth/configresolver.h"
#include "auth/credentialsprovider.h"
#include "auth/databricksconfigfile.h"
#include "auth/databrickshost.h"
#include "auth/oauthclient.h"
#include "auth/secretstore.h"
#include "auth/workspacesession.h"
#include "auth/workspacestore.h"
#include "common/prompts.h"
#include "common/textcolours.h"
#include "connections/profiledescription.h"
#include "connections/workspacesaver.h"
#include "services/connectionprobe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

constexpr int kindRole = Qt::UserRole;
constexpr int idRole = Qt::UserRole + 1;

} // namespace

ConnectionDialog::ConnectionDialog(
    WorkspaceStore *store, SecretStore *keychain, SecretStore *sessionSecrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_keychain(keychain)
    , m_sessionSecrets(sessionSecrets)
    , m_openBrowser([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Workspaces"));
    buildUi();
    reload();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildUi()
{
    auto *splitter = new QSplitter(this);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(left);
    m_list->setObjectName(u"workspaceList"_s);
    m_list->setAccessibleName(tr("Workspaces"));
    leftLayout->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("&Add"), left);
    m_addButton->setObjectName(u"addWorkspaceButton"_s);
    m_removeButton = new QPushButton(tr("&Remove"), left);
    m_removeButton->setObjectName(u"removeWorkspaceButton"_s);
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    leftLayout->addLayout(listButtons);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    auto *form = new QFormLayout;
    m_nameEdit = new QLineEdit(right);
    m_nameEdit->setObjectName(u"nameEdit"_s);
    m_nameEdit->setPlaceholderText(tr("e.g. Production"));
    form->addRow(tr("&Name:"), m_nameEdit);
    m_hostEdit = new QLineEdit(right);
    m_hostEdit->setObjectName(u"hostEdit"_s);
    m_hostEdit->setPlaceholderText(tr("https://dbc-1234abcd-5678.cloud.databricks.com"));
    form->addRow(tr("&Workspace URL:"), m_hostEdit);
    m_methodCombo = new QComboBox(right);
    m_methodCombo->setObjectName(u"authMethodCombo"_s);
    m_methodCombo->addItem(tr("Personal access token"),
        WorkspaceEntry::authMethodName(WorkspaceEntry::AuthMethod::PersonalAccessToken));
    m_methodCombo->addItem(tr("OAuth: service principal (machine-to-machine)"),
        WorkspaceEntry::authMethodName(WorkspaceEntry::AuthMethod::OAuthM2M));
    m_methodCombo->addItem(tr("OAuth: sign in with my browser"),
        WorkspaceEntry::authMethodName(WorkspaceEntry::AuthMethod::OAuthU2M));
    m_methodCombo->addItem(tr("Profile from ~/.databrickscfg"),
        WorkspaceEntry::authMethodName(WorkspaceEntry::AuthMethod::ConfigProfile));
    form->addRow(tr("&Authentication:"), m_methodCombo);
    m_tokenLabel = new QLabel(tr("&Token:"), right);
    m_tokenEdit = new QLineEdit(right);
    m_tokenEdit->setObjectName(u"tokenEdit"_s);
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenLabel->setBuddy(m_tokenEdit);
    form->addRow(m_tokenLabel, m_tokenEdit);
    m_clientIdLabel = new QLabel(tr("&Client ID:"), right);
    m_clientIdEdit = new QLineEdit(right);
    m_clientIdEdit->setObjectName(u"clientIdEdit"_s);
    m_clientIdLabel->setBuddy(m_clientIdEdit);
    form->addRow(m_clientIdLabel, m_clientIdEdit);
    m_clientSecretLabel = new QLabel(tr("Client &secret:"), right);
    m_clientSecretEdit = new QLineEdit(right);
    m_clientSecretEdit->setObjectName(u"clientSecretEdit"_s);
    m_clientSecretEdit->setEchoMode(QLineEdit::Password);
    m_clientSecretLabel->setBuddy(m_clientSecretEdit);
    form->addRow(m_clientSecretLabel, m_clientSecretEdit);
    m_profileLabel = new QLabel(tr("&Profile:"), right);
    m_profileCombo = new QComboBox(right);
    m_profileCombo->setObjectName(u"profileCombo"_s);
    m_profileLabel->setBuddy(m_profileCombo);
    form->addRow(m_profileLabel, m_profileCombo);
    m_sessionOnlyCheck
        = new QCheckBox(tr("Keep the secret for this session only (not in the keychain)"), right);
    m_sessionOnlyCheck->setObjectName(u"sessionOnlyCheck"_s);
    form->addRow(QString(), m_sessionOnlyCheck);
    rightLayout->addLayout(form);

    m_sourcesLabel = new QLabel(right);
    m_sourcesLabel->setObjectName(u"sourcesLabel"_s);
    m_sourcesLabel->setTextFormat(Qt::RichText);
    m_sourcesLabel->setWordWrap(true);
    rightLayout->addWidget(m_sourcesLabel);
    m_configProblemsLabel = new QLabel(right);
    m_configProblemsLabel->setObjectName(u"configProblemsLabel"_s);
    m_configProblemsLabel->setWordWrap(true);
    rightLayout->addWidget(m_configProblemsLabel);

    auto *actions = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test connection"), right);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_saveButton = new QPushButton(tr("Sa&ve"), right);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_connectButton = new QPushButton(tr("&Connect"), right);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_moveToKeychainButton = new QPushButton(tr("&Move token to keychain"), right);
    m_moveToKeychainButton->setObjectName(u"moveToKeychainButton"_s);
    m_exportButton = new QPushButton(tr("&Export as profile…"), right);
    m_exportButton->setObjectName(u"exportProfileButton"_s);
    m_exportButton->setToolTip(
        tr("Adds this workspace's host and authentication type (never a secret) to "
           "~/.databrickscfg for the Databricks CLI; the rest of the file is left as it is."));
    actions->addWidget(m_testButton);
    actions->addWidget(m_saveButton);
    actions->addWidget(m_connectButton);
    actions->addStretch();
    actions->addWidget(m_moveToKeychainButton);
    actions->addWidget(m_exportButton);
    rightLayout->addLayout(actions);

    m_statusLabel = new QLabel(right);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_statusLabel);
    m_keychainWarning = new QLabel(right);
    m_keychainWarning->setObjectName(u"keychainWarningLabel"_s);
    m_keychainWarning->setWordWrap(true);
    m_keychainWarning->hide();
    rightLayout->addWidget(m_keychainWarning);
    m_sessionOnlyButton = new QPushButton(tr("Use it for this session &only"), right);
    m_sessionOnlyButton->setObjectName(u"useSessionOnlyButton"_s);
    m_sessionOnlyButton->hide();
    rightLayout->addWidget(m_sessionOnlyButton, 0, Qt::AlignLeft);
    rightLayout->addStretch();

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(u"dialogButtons"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(m_buttons);
    resize(900, 520);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) { showItem(item); });
    connect(m_addButton, &QPushButton::clicked, this, [this] { selectWorkspace({}); });
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectionDialog::removeCurrent);
    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateFieldsForMethod);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateFieldsForMethod);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    m_probe = new ConnectionProbe(this);
    connect(m_probe, &ConnectionProbe::finished, this, [this](const QUrl &host, const ApiError &error) {
        const bool ok = !error.isError();
        const QString text = ok ? tr("Connected to %1.").arg(host.toString()) : error.userMessage();
        setStatus(text, !ok);
        emit testFinished(ok, text);
        if (const QString signIn = OAuthClient::unconfirmedHost(error); !signIn.isEmpty())
            confirmSignInHost(signIn, host);
    });
    m_saver = new WorkspaceSaver(m_store, m_keychain, m_sessionSecrets, this);
    connect(m_saver, &WorkspaceSaver::status, this, &ConnectionDialog::setStatus);
    connect(m_saver, &WorkspaceSaver::stored, this, [this](const QString &id) {
        m_keychainWarning->hide();
        m_sessionOnlyButton->hide();
        m_editingId = id;
        m_editingProfile.clear();
        populate();
    });
    connect(
        m_saver, &WorkspaceSaver::saved, this, [this](const QString &id, const QString &message, bool error) {
            setStatus(message, error);
            emit workspaceSaved(id);
        });
    connect(m_saver, &WorkspaceSaver::keychainUnavailable, this, [this](const QString &message) {
        m_keychainWarning->setText(message);
        m_keychainWarning->show();
        m_sessionOnlyButton->show();
        setStatus(tr("Not saved yet."), true);
    });
    connect(m_saver, &WorkspaceSaver::removed, this,
        [this](const QString &id, const QString &message, bool error) {
            m_editingId.clear();
            populate();
            setStatus(message, error);
            emit workspaceRemoved(id);
        });
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionDialog::save);
    connect(m_sessionOnlyButton, &QPushButton::clicked, this, &ConnectionDialog::useSessionOnly);
    connect(
        m_moveToKeychainButton, &QPushButton::clicked, this, &ConnectionDialog::moveProfileTokenToKeychain);
    connect(m_exportButton, &QPushButton::clicked, this, &ConnectionDialog::exportProfile);
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        const WorkspaceEntry entry = currentEntry();
        if (entry.authMethod == WorkspaceEntry::AuthMethod::Demo || !entry.id.isEmpty())
            emit connectRequested(entry);
    });
}

void ConnectionDialog::setEnvironment(const QProcessEnvironment &env)
{
    m_env = env;
    reload();
}

void ConnectionDialog::setDemoEndpoint(const QUrl &url, const QString &token)
{
    m_demoUrl = url;
    m_demoToken = token;
}

void ConnectionDialog::reload()
{
    populate();
}

void ConnectionDialog::populate()
{
    const QString keepId = m_editingId;
    const QString keepProfile = m_editingProfile;
    const QSignalBlocker blocker(m_list);
    m_list->clear();

    auto *demo = new QListWidgetItem(tr("Demo workspace (built in)"), m_list);
    demo->setData(kindRole, DemoItem);
    demo->setData(idRole, WorkspaceEntry::demoId());
    demo->setToolTip(tr("A simulated workspace on this computer, with sample jobs and clusters."));

    if (m_store) {
        for (const WorkspaceEntry &entry : m_store->workspaces()) {
            auto *item = new QListWidgetItem(entry.name + u" — "_s + entry.host, m_list);
            item->setData(kindRole, SavedItem);
            item->setData(idRole, entry.id);
        }
    }

    const DatabricksConfigFile file = DatabricksConfigFile::load(DatabricksConfigFile::defaultPath(m_env));
    const QSignalBlocker profileBlocker(m_profileCombo);
    m_profileCombo->clear();
    QStringList problems;
    if (file.status() == DatabricksConfigFile::Status::Unreadable)
        problems.append(tr("Cannot read %1: %2").arg(file.path(), file.statusMessage()));
    for (const ConfigFileError &error : file.errors())
        problems.append(tr("%1, line %2: %3").arg(file.path()).arg(error.line).arg(error.message));
    for (const ConfigSection &section : file.profiles()) {
        const ResolvedConfig config = ConfigResolver::resolveProfile(file, section.name, m_env);
        auto *item = new QListWidgetItem(tr("%1 — profile in %2 (%3)")
                                             .arg(section.name, QFileInfo(file.path()).fileName(),
                                                 profiledescription::methodLabel(config.effectiveAuthType())),
            m_list);
        item->setData(kindRole, ProfileItem);
        item->setData(idRole, section.name);
        item->setToolTip(config.host());
        m_profileCombo->addItem(section.name, section.name);
    }
    m_configProblemsLabel->setText(problems.join(u'\n'));
    m_configProblemsLabel->setVisible(!problems.isEmpty());

    // Restore the selection.
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const int kind = item->data(kindRole).toInt();
        const QString id = item->data(idRole).toString();
        if ((kind == SavedItem && !keepId.isEmpty() && id == keepId)
            || (kind == ProfileItem && keepId.isEmpty() && !keepProfile.isEmpty() && id == keepProfile)) {
            m_list->setCurrentItem(item);
            showItem(item);
            return;
        }
    }
    if (keepId.isEmpty() && keepProfile.isEmpty() && !m_nameEdit->text().isEmpty())
        return; // a new workspace being typed in
    m_list->setCurrentItem(demo);
    showItem(demo);
}

void ConnectionDialog::selectWorkspace(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (!id.isEmpty() && item->data(idRole).toString() == id) {
            m_list->setCurrentItem(item);
            return;
        }
    }
    // A new workspace.
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
    showItem(nullptr);
    m_nameEdit->setFocus();
}

void ConnectionDialog::showItem(QListWidgetItem *item)
{
    const int kind = item ? item->data(kindRole).toInt() : int(NewItem);
    const QString id = item ? item->data(idRole).toString() : QString();
    m_editingId.clear();
    m_editingProfile.clear();
    m_tokenEdit->clear();
    m_clientSecretEdit->clear();
    m_clientIdEdit->clear();
    m_statusLabel->clear();
    m_keychainWarning->hide();
    m_sessionOnlyButton->hide();
    m_sessionOnlyCheck->setChecked(false);
    m_tokenEdit->setPlaceholderText({});
    m_clientSecretEdit->setPlaceholderText({});
    m_confirmedSignInHosts.clear();

    const bool editable = kind == SavedItem || kind == NewItem;
    m_nameEdit->setReadOnly(!editable);
    m_hostEdit->setReadOnly(!editable);
    m_methodCombo->setEnabled(editable);
    m_removeButton->setEnabled(kind == SavedItem);

    const QSignalBlocker methodBlocker(m_methodCombo);
    const QSignalBlocker profileBlocker(m_profileCombo);
    switch (kind) {
    case DemoItem:
        m_nameEdit->setText(tr("Demo workspace"));
        m_hostEdit->setText(m_demoUrl.isValid() ? m_demoUrl.toString() : tr("(started on demand)"));
        m_methodCombo->setCurrentIndex(0);
        m_editingId = WorkspaceEntry::demoId();
        break;
    case SavedItem: {
        const WorkspaceEntry entry = m_store ? m_store->workspace(id) : WorkspaceEntry();
        m_editingId = entry.id;
        m_nameEdit->setText(entry.name);
        m_hostEdit->setText(entry.host);
        m_methodCombo->setCurrentIndex(
            m_methodCombo->findData(WorkspaceEntry::authMethodName(entry.authMethod)));
        m_clientIdEdit->setText(entry.clientId);
        m_confirmedSignInHosts = entry.confirmedSignInHosts;
        m_sessionOnlyCheck->setChecked(entry.sessionOnlySecret);
        const QString kept = entry.sessionOnlySecret ? tr("Kept for this session (leave empty to keep it)")
                                                     : tr("Saved in the keychain (leave empty to keep it)");
        m_tokenEdit->setPlaceholderText(kept);
        m_clientSecretEdit->setPlaceholderText(kept);
        if (entry.authMethod == WorkspaceEntry::AuthMethod::ConfigProfile)
            m_profileCombo->setCurrentIndex(m_profileCombo->findData(entry.profile));
        break;
    }
    case ProfileItem:
        m_editingProfile = id;
        m_nameEdit->setText(id);
        m_methodCombo->setCurrentIndex(m_methodCombo->findData(
            WorkspaceEntry::authMethodName(WorkspaceEntry::AuthMethod::ConfigProfile)));
        m_profileCombo->setCurrentIndex(m_profileCombo->findData(id));
        break;
    default:
        m_nameEdit->clear();
        m_hostEdit->clear();
        m_methodCombo->setCurrentIndex(0);
        break;
    }
    updateFieldsForMethod();
}

WorkspaceEntry::AuthMethod ConnectionDialog::currentMethod() const
{
    return WorkspaceEntry::authMethodFromName(m_methodCombo->currentData().toString());
}

void ConnectionDialog::updateFieldsForMethod()
{
    const bool isDemo = m_editingId == WorkspaceEntry::demoId();
    const WorkspaceEntry::AuthMethod method = currentMethod();
    const bool pat = !isDemo && method == WorkspaceEntry::AuthMethod::PersonalAccessToken;
    const bool m2m = !isDemo && method == WorkspaceEntry::AuthMethod::OAuthM2M;
    const bool u2m = !isDemo && method == WorkspaceEntry::AuthMethod::OAuthU2M;
    const bool profile = !isDemo && method == WorkspaceEntry::AuthMethod::ConfigProfile;
    m_tokenLabel->setVisible(pat);
    m_tokenEdit->setVisible(pat);
    m_clientIdLabel->setVisible(m2m || u2m);
    m_clientIdEdit->setVisible(m2m || u2m);
    m_clientIdEdit->setPlaceholderText(u2m ? u"databricks-cli"_s : QString());
    m_clientSecretLabel->setVisible(m2m);
    m_clientSecretEdit->setVisible(m2m);
    m_profileLabel->setVisible(profile);
    m_profileCombo->setVisible(profile);
    m_sessionOnlyCheck->setVisible(pat || m2m || u2m);
    m_exportButton->setVisible(!isDemo && !profile && !m_editingId.isEmpty());
    m_saveButton->setVisible(!isDemo && m_editingProfile.isEmpty());
    m_connectButton->setEnabled(isDemo || !m_editingId.isEmpty());

    m_moveToKeychainButton->hide();
    m_sourcesLabel->clear();
    if (!profile) {
        m_hostEdit->setReadOnly(isDemo || !m_editingProfile.isEmpty());
        return;
    }
    // A profile: show every setting and where it came from (secrets masked).
    m_hostEdit->setReadOnly(true);
    const QString name = m_profileCombo->currentData().toString();
    const DatabricksConfigFile file = DatabricksConfigFile::load(DatabricksConfigFile::defaultPath(m_env));
    const ResolvedConfig config = ConfigResolver::resolveProfile(file, name, m_env);
    m_hostEdit->setText(config.host());
    m_sourcesLabel->setText(profiledescription::settingsHtml(config));
    m_moveToKeychainButton->setVisible(!config.value(u"token"_s).isEmpty());
}

void ConnectionDialog::setStatus(const QString &text, bool error)
{
    m_statusLabel->setText(text);
    TextColours::follow(m_statusLabel, error ? TextColours::Role::Error : TextColours::Role::Success);
}

QString ConnectionDialog::currentSecret() const
{
    switch (currentMethod()) {
    case WorkspaceEntry::AuthMethod::PersonalAccessToken:
        return m_tokenEdit->text().trimmed();
    case WorkspaceEntry::AuthMethod::OAuthM2M:
        return m_clientSecretEdit->text().trimmed();
    default:
        return {};
    }
}

WorkspaceEntry ConnectionDialog::currentEntry() const
{
    WorkspaceEntry entry;
    if (m_editingId == WorkspaceEntry::demoId()) {
        entry.id = WorkspaceEntry::demoId();
        entry.name = tr("Demo workspace");
        entry.host = m_demoUrl.toString();
        entry.authMethod = WorkspaceEntry::AuthMethod::Demo;
        return entry;
    }
    if (m_store && !m_editingId.isEmpty())
        entry = m_store->workspace(m_editingId);
    entry.id = m_editingId;
    entry.name = m_nameEdit->text().trimmed();
    entry.authMethod = currentMethod();
    entry.host = DatabricksHost::normalize(m_hostEdit->text());
    entry.clientId = m_clientIdEdit->text().trimmed();
    entry.confirmedSignInHosts = m_confirmedSignInHosts;
    entry.profile = entry.authMethod == WorkspaceEntry::AuthMethod::ConfigProfile
        ? m_profileCombo->currentData().toString()
        : QString();
    entry.sessionOnlySecret = m_sessionOnlyCheck->isChecked();
    if (entry.name.isEmpty() && !entry.profile.isEmpty())
        entry.name = entry.profile;
    return entry;
}

void ConnectionDialog::testConnection()
{
    WorkspaceEntry entry = currentEntry();
    QString secret = currentSecret();
    if (entry.authMethod == WorkspaceEntry::AuthMethod::Demo) {
        if (!m_demoUrl.isValid()) {
            setStatus(tr("The demo workspace is not running yet; connect to it to start it."), false);
            return;
        }
        secret = m_demoToken;
    } else if (entry.authMethod == WorkspaceEntry::AuthMethod::ConfigProfile) {
        WorkspaceEntry effective;
        QString error;
        if (!WorkspaceSession::resolveProfile(entry, m_env, &effective, &secret, &error)) {
            setStatus(error, true);
            return;
        }
        entry = effective;
    }
    if (entry.host.isEmpty()) {
        setStatus(
            tr("Enter the workspace URL, for example https://dbc-1234abcd-5678.cloud.databricks.com."), true);
        return;
    }
    if (entry.authMethod == WorkspaceEntry::AuthMethod::OAuthM2M && entry.clientId.isEmpty()) {
        setStatus(tr("Enter the service principal's client ID."), true);
        return;
    }

    const bool needsSecret = entry.authMethod == WorkspaceEntry::AuthMethod::PersonalAccessToken
        || entry.authMethod == WorkspaceEntry::AuthMethod::OAuthM2M;
    SecretStore *store = entry.sessionOnlySecret ? m_sessionSecrets.data() : m_keychain.data();
    if (needsSecret && secret.isEmpty()) {
        if (entry.id.isEmpty() || !store) {
            setStatus(entry.authMethod == WorkspaceEntry::AuthMethod::OAuthM2M
                    ? tr("Enter the client secret.")
                    : tr("Enter the personal access token."),
                true);
            return;
        }
        // A saved workspace: use the stored secret.
        setStatus(tr("Reading the secret…"), false);
        store->read(entry.secretKey(), this, [this, entry](const SecretResult &result) {
            if (!result.ok()) {
                setStatus(result.status == SecretResult::Status::NotFound
                        ? tr("No saved secret: enter it again.")
                        : SecretStore::unavailableMessage(result.message),
                    true);
                return;
            }
            // Re-enter with the secret in the field would echo it; call on directly instead.
            m_probe->start(QUrl(entry.host),
                WorkspaceSession::createProvider(entry, result.value, m_sessionSecrets, m_openBrowser));
        });
        return;
    }

    // U2M signs in through the browser; its refresh token is kept only once saved.
    setStatus(entry.authMethod == WorkspaceEntry::AuthMethod::OAuthU2M
            ? tr("Testing… complete the sign-in in your browser.")
            : tr("Testing…"),
        false);
    m_probe->start(
        QUrl(entry.host), WorkspaceSession::createProvider(entry, secret, m_sessionSecrets, m_openBrowser));
}

void ConnectionDialog::confirmSignInHost(const QString &signInHost, const QUrl &workspace)
{
    if (m_confirmedSignInHosts.contains(signInHost))
        return;
    // Only the person can vouch for another host: the workspace's own answer cannot.
    if (!Prompts::confirm(this, tr("Sign-in service on another host"),
            tr("The workspace %1 says that it signs in through %2, which is not its own address. "
               "Brickdesk sends your sign-in credentials there only if you trust it: confirm only if "
               "your organisation uses %2 to sign in to Databricks.")
                .arg(workspace.toDisplayString(), signInHost),
            tr("Trust %1").arg(signInHost)))
        return;
    m_confirmedSignInHosts.append(signInHost);
    setStatus(tr("%1 is trusted for signing in to this workspace (kept when you save). Testing again…")
                  .arg(signInHost),
        false);
    testConnection();
}

void ConnectionDialog::save()
{
    if (!m_store)
        return;
    WorkspaceEntry entry = currentEntry();
    if (entry.name.isEmpty()) {
        setStatus(tr("Give the workspace a name."), true);
        return;
    }
    if (entry.authMethod != WorkspaceEntry::AuthMethod::ConfigProfile && entry.host.isEmpty()) {
        setStatus(
            tr("Enter the workspace URL, for example https://dbc-1234abcd-5678.cloud.databricks.com."), true);
        return;
    }
    if (entry.authMethod == WorkspaceEntry::AuthMethod::ConfigProfile && entry.profile.isEmpty()) {
        setStatus(tr("Choose a profile."), true);
        return;
    }
    if (entry.authMethod == WorkspaceEntry::AuthMethod::ConfigProfile) {
        WorkspaceEntry effective;
        QString secret;
        QString error;
        if (WorkspaceSession::resolveProfile(entry, m_env, &effective, &secret, &error))
            entry.host = effective.host;
    }
    m_saver->save(entry, currentSecret());
}

void ConnectionDialog::useSessionOnly()
{
    if (!m_saver->hasPendingSave())
        return;
    m_sessionOnlyCheck->setChecked(true);
    m_saver->savePendingForThisSession(currentSecret());
}

void ConnectionDialog::removeCurrent()
{
    if (!m_store || m_editingId.isEmpty() || m_editingId == WorkspaceEntry::demoId())
        return;
    m_saver->remove(m_store->workspace(m_editingId));
}

void ConnectionDialog::moveProfileTokenToKeychain()
{
    if (!m_store)
        return;
    const QString profile = m_profileCombo->currentData().toString();
    WorkspaceEntry profileEntry;
    profileEntry.profile = profile;
    profileEntry.authMethod = WorkspaceEntry::AuthMethod::ConfigProfile;
    WorkspaceEntry effective;
    QString token;
    QString error;
    if (!WorkspaceSession::resolveProfile(profileEntry, m_env, &effective, &token, &error)
        || token.isEmpty()) {
        setStatus(error.isEmpty() ? tr("This profile has no token.") : error, true);
        return;
    }
    // A Brickdesk workspace using the keychain copy; ~/.databrickscfg is not touched.
    WorkspaceEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.name = profile;
    entry.host = effective.host;
    entry.profile = profile;
    entry.authMethod = WorkspaceEntry::AuthMethod::PersonalAccessToken;
    m_saver->saveWithTokenInKeychain(entry, token);
}

void ConnectionDialog::exportProfile()
{
    const WorkspaceEntry entry = currentEntry();
    if (entry.id.isEmpty() || entry.host.isEmpty())
        return;
    QString profile = entry.name.simplified();
    profile.replace(u' ', u'-');
    QString authType;
    switch (entry.authMethod) {
    case WorkspaceEntry::AuthMethod::PersonalAccessToken:
        authType = u"pat"_s;
        break;
    case WorkspaceEntry::AuthMethod::OAuthM2M:
        authType = u"oauth-m2m"_s;
        break;
    case WorkspaceEntry::AuthMethod::OAuthU2M:
        authType = u"databricks-cli"_s;
        break;
    default:
        return;
    }
    const QString path = DatabricksConfigFile::defaultPath(m_env);
    QString error;
    if (!DatabricksConfigFile::exportProfile(path, profile, entry.host, authType, &error)) {
        setStatus(error, true);
        return;
    }
    setStatus(
        tr("Wrote profile [%1] (host and authentication type, no secret) to %2.").arg(profile, path), false);
    const QString keep = m_editingId;
    populate();
    selectWorkspace(keep);
}

} // namespace brickdesk
