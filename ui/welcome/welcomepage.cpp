#include "welcome/welcomepage.h"

#include "auth/databricksconfigfile.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

// Every label here shows plain text: profile names and hosts come from a file anyone could
// have written, and the fixed texts need no markup.
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QLabel *heading(const QString &text, qreal scale, QWidget *parent)
{
    QLabel *label = plainLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

} // namespace

WelcomePage::WelcomePage(const QProcessEnvironment &env, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_env(env)
{
    setObjectName(u"welcomePage"_s);
    setWindowTitle(tr("Welcome to Brickdesk"));
    setWindowIcon(QIcon(u":/icons/brickdesk.svg"_s));
    buildUi();
    reload();
    resize(800, 780);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->setSpacing(12);

    auto *titleRow = new QHBoxLayout;
    QLabel *icon = plainLabel({}, this);
    icon->setPixmap(QIcon(u":/icons/brickdesk.svg"_s).pixmap(56, 56));
    titleRow->addWidget(icon);
    titleRow->addWidget(heading(tr("Welcome to Brickdesk"), 1.8, this), 1);
    layout->addLayout(titleRow);

    QLabel *intro
        = plainLabel(tr("Brickdesk is a desktop client for Databricks Jobs and clusters: browse, run, "
                        "repair and edit jobs, read every run's tasks and output, and see every event "
                        "of a cluster with a chart of its nodes over time. It signs in with the "
                        "credentials you already have and keeps secrets in the system keychain."),
            this);
    intro->setObjectName(u"welcomeIntro"_s);
    layout->addWidget(intro);

    layout->addSpacing(8);
    layout->addWidget(heading(tr("Try it without an account"), 1.15, this));
    auto *demoRow = new QHBoxLayout;
    m_demoButton = new QPushButton(tr("Open the &demo workspace"), this);
    m_demoButton->setObjectName(u"openDemoButton"_s);
    m_demoButton->setDefault(true);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    demoRow->addWidget(m_demoButton);
    demoRow->addWidget(plainLabel(tr("A workspace emulated on this computer, with a few hundred jobs, "
                                     "thousands of runs and weeks of cluster history."),
                           this),
        1);
    layout->addLayout(demoRow);

    layout->addSpacing(8);
    layout->addWidget(heading(tr("Your workspaces"), 1.15, this));
    QString configPath = DatabricksConfigFile::defaultPath(m_env);
    const QString home = m_env.value(u"HOME"_s);
    if (!home.isEmpty() && configPath.startsWith(home + u'/'))
        configPath = u"~/"_s + configPath.mid(home.size() + 1);
    QLabel *found
        = plainLabel(tr("Found in %1 and in the environment of this session:").arg(configPath), this);
    found->setObjectName(u"workspacesSource"_s);
    layout->addWidget(found);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"workspacesScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *rowsWidget = new QWidget(scroll);
    m_rows = new QVBoxLayout(rowsWidget);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(6);
    m_rows->addStretch(1);
    scroll->setWidget(rowsWidget);
    layout->addWidget(scroll, 1);

    m_noWorkspaces = plainLabel(tr("None yet: no profile in the Databricks configuration file and no "
                                   "DATABRICKS_HOST in the environment."),
        this);
    m_noWorkspaces->setObjectName(u"noWorkspacesLabel"_s);
    layout->addWidget(m_noWorkspaces);

    auto *addRow = new QHBoxLayout;
    m_addButton = new QPushButton(tr("&Add a workspace…"), this);
    m_addButton->setObjectName(u"addWorkspaceButton"_s);
    connect(m_addButton, &QPushButton::clicked, this, &WelcomePage::addWorkspaceRequested);
    addRow->addWidget(m_addButton);
    addRow->addWidget(plainLabel(tr("By URL, with a personal access token, a service principal or a "
                                    "sign-in in the browser."),
                          this),
        1);
    layout->addLayout(addRow);

    QLabel *reopen = plainLabel(tr("This page opens again from Help ▸ Welcome."), this);
    reopen->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(reopen);
}

void WelcomePage::reload()
{
    // Keep the stretch (the last item) and drop the rows above it.
    while (m_rows->count() > 1) {
        QLayoutItem *item = m_rows->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_workspaces = ReachableWorkspaces::discover(m_env);
    for (int i = 0; i < m_workspaces.size(); ++i)
        m_rows->insertWidget(i, createRow(m_workspaces.at(i)));
    m_noWorkspaces->setVisible(m_workspaces.isEmpty());
}

QWidget *WelcomePage::createRow(const ReachableWorkspace &workspace)
{
    auto *row = new QFrame;
    row->setObjectName(u"workspaceRow"_s);
    row->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(12, 8, 12, 8);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    QLabel *name = heading(workspace.name, 1.0, row);
    name->setObjectName(u"workspaceName"_s);
    text->addWidget(name);
    QLabel *host = plainLabel(workspace.host.isEmpty() ? tr("(no host)") : workspace.host, row);
    host->setObjectName(u"workspaceHost"_s);
    host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->addWidget(host);
    const QString details = workspace.canConnect() ? tr("%1 · %2").arg(workspace.origin, workspace.signIn)
                                                   : tr("%1 · %2").arg(workspace.origin, workspace.problem);
    QLabel *detailLabel = plainLabel(details, row);
    detailLabel->setObjectName(u"workspaceDetails"_s);
    detailLabel->setForegroundRole(workspace.canConnect() ? QPalette::PlaceholderText : QPalette::WindowText);
    text->addWidget(detailLabel);
    layout->addLayout(text, 1);

    auto *connectButton = new QPushButton(tr("&Connect"), row);
    connectButton->setObjectName(u"connectButton"_s);
    connectButton->setProperty("workspace", workspace.name);
    connectButton->setEnabled(workspace.canConnect());
    connectButton->setAccessibleName(tr("Connect to %1").arg(workspace.name));
    connect(
        connectButton, &QPushButton::clicked, this, [this, workspace] { emit connectRequested(workspace); });
    layout->addWidget(connectButton, 0, Qt::AlignVCenter);
    return row;
}

} // namespace brickdesk
