#include "common/preferencesdialog.h"

#include "archive/archivepreferencespanel.h"
#include "common/localization.h"
#include "common/notifier.h"
#include "common/preferences.h"
#include "common/viewstatesaver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

constexpr int kNodeTypeColumn = 0;
constexpr int kRateColumn = 1;

QLabel *noteLabel(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    // General
    m_refresh = new QSpinBox;
    m_refresh->setObjectName(u"refreshIntervalSpin"_s);
    m_refresh->setRange(0, 3600);
    m_refresh->setSingleStep(15);
    m_refresh->setSpecialValueText(tr("Off"));
    m_refresh->setSuffix(tr(" s", "seconds"));

    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(u"timeZoneCombo"_s);
    m_timeZone->addItem(tr("Local time"), QVariant::fromValue(Preferences::TimeZoneDisplay::Local));
    m_timeZone->addItem(tr("UTC"), QVariant::fromValue(Preferences::TimeZoneDisplay::Utc));

    m_language = new QComboBox;
    m_language->setObjectName(u"languageCombo"_s);
    const QString systemLanguage = Localization::resolveLanguage(QString());
    m_language->addItem(tr("System default (%1)").arg(Localization::nativeName(systemLanguage)), QString());
    const QStringList languages = Localization::availableLanguages();
    for (const QString &language : languages)
        m_language->addItem(Localization::nativeName(language), language);

    auto *general = new QGroupBox(tr("General"));
    general->setObjectName(u"generalGroup"_s);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Refresh the current view every:"), m_refresh);
    generalForm->addRow(QString(),
        noteLabel(
            tr("The Jobs list refreshes at the interval chosen in its own toolbar."), u"refreshNote"_s));
    generalForm->addRow(tr("Show &times in:"), m_timeZone);
    generalForm->addRow(tr("&Language:"), m_language);
    // A TLS-inspecting corporate proxy presents certificates of its own CA.
    m_caCertificates = new QLineEdit;
    m_caCertificates->setObjectName(u"caCertificatesEdit"_s);
    m_caCertificates->setPlaceholderText(tr("None (the system's certificate authorities only)"));
    m_caCertificates->setToolTip(tr("A PEM file of certificate authorities to trust besides the system's, "
                                    "for a proxy that inspects TLS. SSL_CERT_FILE and REQUESTS_CA_BUNDLE "
                                    "are honoured too."));
    auto *browseCa = new QPushButton(tr("Bro&wse…"));
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate authorities"),
            m_caCertificates->text(), tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caCertificates->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caCertificates, 1);
    caRow->addWidget(browseCa);
    // A row of a layout gets a label without a buddy, which would show the & as such.
    auto *caLabel = new QLabel(tr("Trust these &certificate authorities:"));
    caLabel->setBuddy(m_caCertificates);
    generalForm->addRow(caLabel, caRow);
    generalForm->addRow(
        QString(), noteLabel(tr("A new language applies when Brickdesk is restarted."), u"languageNote"_s));
    generalForm->addRow(tr("Theme:"),
        noteLabel(tr("Brickdesk follows your desktop's theme, light or dark; change it in your desktop's "
                     "settings."),
            u"themeNote"_s));

    // Notifications
    m_notifications = new QCheckBox(tr("&Notify me when a watched run finishes or fails"));
    m_notifications->setObjectName(u"notificationsCheck"_s);
    auto *notifications = new QGroupBox(tr("Notifications"));
    notifications->setObjectName(u"notificationsGroup"_s);
    auto *notificationsLayout = new QVBoxLayout(notifications);
    notificationsLayout->addWidget(m_notifications);
    if (!Notifier::isDesktopNotificationAvailable()) {
        notificationsLayout->addWidget(
            noteLabel(tr("No system tray was found, so notifications appear in the "
                         "status bar only."),
                u"notificationsNote"_s));
    }

    // Costs
    m_currency = new QLineEdit;
    m_currency->setObjectName(u"currencyEdit"_s);
    m_currency->setMaxLength(3);
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{3}"_s), m_currency));
    m_currency->setToolTip(tr("ISO 4217 currency code, e.g. USD, EUR or BRL."));

    m_defaultRate = new QDoubleSpinBox;
    m_defaultRate->setObjectName(u"defaultRateSpin"_s);
    m_defaultRate->setRange(0.0, 100000.0);
    m_defaultRate->setDecimals(4);
    m_defaultRate->setSingleStep(0.05);

    m_rates = new QTableWidget(0, 2);
    m_rates->setObjectName(u"costRatesTable"_s);
    m_rates->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_rates->setAccessibleName(tr("Price per node type"));
    m_rates->setHorizontalHeaderLabels({tr("Node type"), tr("Price per node-hour")});
    m_rates->horizontalHeader()->setSectionResizeMode(kNodeTypeColumn, QHeaderView::Stretch);
    m_rates->horizontalHeader()->setSectionResizeMode(kRateColumn, QHeaderView::ResizeToContents);
    m_rates->verticalHeader()->hide();
    m_rates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rates->setMinimumHeight(140);

    auto *addRate = new QPushButton(tr("&Add"));
    addRate->setObjectName(u"addRateButton"_s);
    auto *removeRate = new QPushButton(tr("Re&move"));
    removeRate->setObjectName(u"removeRateButton"_s);
    removeRate->setEnabled(false);
    connect(addRate, &QPushButton::clicked, this, [this] {
        addRateRow();
        m_rates->setCurrentCell(m_rates->rowCount() - 1, kNodeTypeColumn);
        m_rates->editItem(m_rates->item(m_rates->rowCount() - 1, kNodeTypeColumn));
    });
    connect(removeRate, &QPushButton::clicked, this, &PreferencesDialog::removeSelectedRates);
    connect(m_rates, &QTableWidget::itemSelectionChanged, this,
        [this, removeRate] { removeRate->setEnabled(!m_rates->selectedItems().isEmpty()); });

    auto *rateButtons = new QHBoxLayout;
    rateButtons->addWidget(addRate);
    rateButtons->addWidget(removeRate);
    rateButtons->addStretch();

    auto *costs = new QGroupBox(tr("Cost estimates"));
    costs->setObjectName(u"costsGroup"_s);
    auto *costsLayout = new QVBoxLayout(costs);
    costsLayout->addWidget(
        noteLabel(tr("Cluster costs are estimated from node-hours. Enter what one node-hour "
                     "of each node type costs you (compute plus DBUs)."),
            u"costsNote"_s));
    auto *costsForm = new QFormLayout;
    costsForm->addRow(tr("&Currency:"), m_currency);
    costsForm->addRow(tr("&Other node types:"), m_defaultRate);
    costsLayout->addLayout(costsForm);
    // The table takes the height the page has to spare; its buttons stay below it.
    costsLayout->addWidget(m_rates, 1);
    costsLayout->addLayout(rateButtons);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    buttons->setObjectName(u"preferencesButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        &PreferencesDialog::loadDefaults);

    m_settingsPage = new QWidget;
    m_settingsPage->setObjectName(u"settingsPage"_s);
    auto *settingsLayout = new QVBoxLayout(m_settingsPage);
    settingsLayout->addWidget(general);
    settingsLayout->addWidget(notifications);
    settingsLayout->addWidget(costs, 1);
    // The page's wrapped notes make the height it needs depend on its width, and a window's
    // minimum size does not follow that: laid out in less, the page squeezed the cost table
    // under its buttons. In a scroll area it always gets the height it needs for its width, and
    // a dialog made smaller scrolls (vertically only: it stays as wide as the page needs).
    m_settingsScroll = new QScrollArea;
    m_settingsScroll->setObjectName(u"settingsScroll"_s);
    m_settingsScroll->setWidgetResizable(true);
    m_settingsScroll->setFrameShape(QFrame::NoFrame);
    m_settingsScroll->setFocusPolicy(Qt::NoFocus); // the controls inside take focus, not the area
    m_settingsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_settingsScroll->setWidget(m_settingsPage);
    m_settingsScroll->setMinimumWidth(m_settingsPage->minimumSizeHint().width()
        + m_settingsScroll->verticalScrollBar()->sizeHint().width());

    m_archive = new ArchivePreferencesPanel;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"preferencesTabs"_s);
    m_tabs->addTab(m_settingsScroll, tr("&Settings"));
    m_tabs->addTab(m_archive, tr("Local archi&ve"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    // Qt 6.4 puts Restore Defaults (drawn first) ahead of OK and Cancel in the tab order, and
    // Tab then skips both; the order said in full, once the box is in the dialog.
    QWidget::setTabOrder(
        buttons->button(QDialogButtonBox::RestoreDefaults), buttons->button(QDialogButtonBox::Ok));
    QWidget::setTabOrder(buttons->button(QDialogButtonBox::Ok), buttons->button(QDialogButtonBox::Cancel));

    load();
    resize(600, 700);
    m_sizeRestored = ViewStateSaver::attach(this, u"preferencesDialog"_s)->isRestored();
}

void PreferencesDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_sizeRestored || m_fittedOnce)
        return;
    m_fittedOnce = true;
    // The first time, open tall enough to show the whole settings page without scrolling (as
    // tall as the screen allows); a size the user chose is kept as it was.
    const QWidget *viewport = m_settingsScroll->viewport();
    const int needed = m_settingsPage->hasHeightForWidth() ? m_settingsPage->heightForWidth(viewport->width())
                                                           : m_settingsPage->minimumSizeHint().height();
    const int lacking = needed - viewport->height();
    if (lacking <= 0)
        return;
    // Grown about its centre (it was placed over its parent), and kept on the screen.
    const QRect available = screen()->availableGeometry();
    const int frame = frameGeometry().height() - height();
    const int grown = qMax(height(), qMin(height() + lacking, available.height() - frame));
    const int top = qBound(available.top(), pos().y() - (grown - height()) / 2,
        qMax(available.top(), available.bottom() + 1 - grown - frame));
    move(pos().x(), top);
    resize(width(), grown);
}

void PreferencesDialog::setArchiveNames(const QMap<QString, QString> &nameByPath)
{
    m_archive->setWorkspaceNames(nameByPath);
}

void PreferencesDialog::setKnownNodeTypes(const QStringList &nodeTypeIds)
{
    m_knownNodeTypes = nodeTypeIds;
}

void PreferencesDialog::load()
{
    m_refresh->setValue(m_preferences->refreshIntervalSeconds());
    m_timeZone->setCurrentIndex(m_timeZone->findData(QVariant::fromValue(m_preferences->timeZoneDisplay())));
    const int language = m_language->findData(m_preferences->language());
    m_language->setCurrentIndex(language >= 0 ? language : 0);
    m_notifications->setChecked(m_preferences->notificationsEnabled());
    m_caCertificates->setText(m_preferences->caCertificatesPath());
    m_currency->setText(m_preferences->currency());
    m_defaultRate->setValue(m_preferences->defaultCostRate());
    m_rates->setRowCount(0);
    const QMap<QString, double> rates = m_preferences->costRates();
    for (auto it = rates.cbegin(); it != rates.cend(); ++it)
        addRateRow(it.key(), it.value());
}

void PreferencesDialog::loadDefaults()
{
    // The same values Preferences returns when nothing is stored.
    m_refresh->setValue(Preferences::DefaultRefreshIntervalSeconds);
    m_timeZone->setCurrentIndex(0);
    m_language->setCurrentIndex(0);
    m_notifications->setChecked(true);
    m_caCertificates->clear();
    m_currency->setText(u"USD"_s);
    m_defaultRate->setValue(0.0);
    m_rates->setRowCount(0);
}

void PreferencesDialog::addRateRow(const QString &nodeType, double rate)
{
    const int row = m_rates->rowCount();
    m_rates->insertRow(row);
    auto *name = new QTableWidgetItem(nodeType);
    name->setToolTip(m_knownNodeTypes.isEmpty()
            ? tr("The node type id, e.g. Standard_DS3_v2 or i3.xlarge.")
            : tr("The node type id, e.g. %1.").arg(m_knownNodeTypes.constFirst()));
    m_rates->setItem(row, kNodeTypeColumn, name);
    auto *spin = new QDoubleSpinBox;
    spin->setObjectName(u"rateSpin"_s);
    spin->setRange(0.0, 100000.0);
    spin->setDecimals(4);
    spin->setSingleStep(0.05);
    spin->setValue(rate);
    spin->setFrame(false);
    m_rates->setCellWidget(row, kRateColumn, spin);
}

void PreferencesDialog::removeSelectedRates()
{
    QList<int> rows;
    const auto ranges = m_rates->selectedRanges();
    for (const QTableWidgetSelectionRange &range : ranges) {
        for (int row = range.topRow(); row <= range.bottomRow(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_rates->removeRow(row);
}

void PreferencesDialog::apply()
{
    m_preferences->setRefreshIntervalSeconds(m_refresh->value());
    m_preferences->setTimeZoneDisplay(m_timeZone->currentData().value<Preferences::TimeZoneDisplay>());
    m_preferences->setLanguage(m_language->currentData().toString());
    m_preferences->setNotificationsEnabled(m_notifications->isChecked());
    m_preferences->setCaCertificatesPath(m_caCertificates->text());
    if (m_currency->hasAcceptableInput())
        m_preferences->setCurrency(m_currency->text());
    m_preferences->setDefaultCostRate(m_defaultRate->value());
    QMap<QString, double> rates;
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        const QTableWidgetItem *name = m_rates->item(row, kNodeTypeColumn);
        const auto *spin = qobject_cast<QDoubleSpinBox *>(m_rates->cellWidget(row, kRateColumn));
        const QString nodeType = name ? name->text().trimmed() : QString();
        if (!nodeType.isEmpty() && spin)
            rates.insert(nodeType, spin->value());
    }
    m_preferences->setCostRates(rates);
}

} // namespace brickdesk
