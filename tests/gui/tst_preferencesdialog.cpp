// The Preferences dialog shows the stored preferences, writes them only on OK, and its
// "Restore Defaults" resets the form. Its layout holds in English and Portuguese, at its
// default size and as small as it lets itself be made.
#include "common/localization.h"
#include "common/preferences.h"
#include "common/preferencesdialog.h"
#include "common/viewstatesaver.h"
#include "eventwait.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

class TestPreferencesDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsStoredValues();
    void okWritesTheForm();
    void cancelWritesNothing();
    void restoreDefaultsResetsTheForm();
    void saysThemeFollowsSystemAndLanguageNeedsRestart();
    void costTableNeverOverlapsItsButtons_data();
    void costTableNeverOverlapsItsButtons();

private:
    template<typename T>
    T *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    QTemporaryDir m_dir;
};

void TestPreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_preferencesdialog"_s);
    QVERIFY(m_dir.isValid());
}

void TestPreferencesDialog::showsStoredValues()
{
    Preferences preferences(m_dir.filePath(u"shows.ini"_s));
    preferences.setRefreshIntervalSeconds(45);
    preferences.setTimeZoneDisplay(Preferences::TimeZoneDisplay::Utc);
    preferences.setLanguage(u"pt_BR"_s);
    preferences.setNotificationsEnabled(false);
    preferences.setCurrency(u"BRL"_s);
    preferences.setDefaultCostRate(0.75);
    preferences.setCostRates({{u"i3.xlarge"_s, 1.5}});

    PreferencesDialog dialog(&preferences);
    QCOMPARE(child<QSpinBox>(&dialog, "refreshIntervalSpin")->value(), 45);
    QCOMPARE(child<QComboBox>(&dialog, "timeZoneCombo")->currentData().value<Preferences::TimeZoneDisplay>(),
        Preferences::TimeZoneDisplay::Utc);
    QCOMPARE(child<QComboBox>(&dialog, "languageCombo")->currentData().toString(), u"pt_BR"_s);
    QCOMPARE(child<QComboBox>(&dialog, "languageCombo")->currentText(), u"Português (Brasil)"_s);
    QVERIFY(!child<QCheckBox>(&dialog, "notificationsCheck")->isChecked());
    QCOMPARE(child<QLineEdit>(&dialog, "currencyEdit")->text(), u"BRL"_s);
    QCOMPARE(child<QDoubleSpinBox>(&dialog, "defaultRateSpin")->value(), 0.75);
    auto *rates = child<QTableWidget>(&dialog, "costRatesTable");
    QCOMPARE(rates->rowCount(), 1);
    QCOMPARE(rates->item(0, 0)->text(), u"i3.xlarge"_s);
    QCOMPARE(qobject_cast<QDoubleSpinBox *>(rates->cellWidget(0, 1))->value(), 1.5);
}

void TestPreferencesDialog::okWritesTheForm()
{
    Preferences preferences(m_dir.filePath(u"ok.ini"_s));
    PreferencesDialog dialog(&preferences);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy refreshSpy(&preferences, &Preferences::refreshIntervalChanged);

    child<QSpinBox>(&dialog, "refreshIntervalSpin")->setValue(120);
    auto *zone = child<QComboBox>(&dialog, "timeZoneCombo");
    zone->setCurrentIndex(zone->findData(QVariant::fromValue(Preferences::TimeZoneDisplay::Utc)));
    auto *language = child<QComboBox>(&dialog, "languageCombo");
    language->setCurrentIndex(language->findData(u"en"_s));
    child<QCheckBox>(&dialog, "notificationsCheck")->setChecked(false);
    auto *currency = child<QLineEdit>(&dialog, "currencyEdit");
    currency->clear();
    QTest::keyClicks(currency, u"eur"_s);
    child<QDoubleSpinBox>(&dialog, "defaultRateSpin")->setValue(0.25);

    QTest::mouseClick(child<QPushButton>(&dialog, "addRateButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&dialog, "addRateButton"), Qt::LeftButton);
    auto *rates = child<QTableWidget>(&dialog, "costRatesTable");
    QCOMPARE(rates->rowCount(), 2);
    rates->item(0, 0)->setText(u"  Standard_DS3_v2 "_s);
    qobject_cast<QDoubleSpinBox *>(rates->cellWidget(0, 1))->setValue(0.9);
    // Row 2 keeps an empty node type: ignored.

    // Nothing is written before OK.
    QCOMPARE(preferences.refreshIntervalSeconds(), Preferences::DefaultRefreshIntervalSeconds);
    auto *buttons = child<QDialogButtonBox>(&dialog, "preferencesButtons");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(preferences.refreshIntervalSeconds(), 120);
    QCOMPARE(refreshSpy.size(), 1);
    QCOMPARE(preferences.timeZoneDisplay(), Preferences::TimeZoneDisplay::Utc);
    QCOMPARE(preferences.language(), u"en"_s);
    QCOMPARE(preferences.notificationsEnabled(), false);
    QCOMPARE(preferences.currency(), u"EUR"_s);
    QCOMPARE(preferences.defaultCostRate(), 0.25);
    QCOMPARE(preferences.costRates(), (QMap<QString, double> {{u"Standard_DS3_v2"_s, 0.9}}));
}

void TestPreferencesDialog::cancelWritesNothing()
{
    Preferences preferences(m_dir.filePath(u"cancel.ini"_s));
    PreferencesDialog dialog(&preferences);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy changed(&preferences, &Preferences::changed);
    child<QSpinBox>(&dialog, "refreshIntervalSpin")->setValue(300);
    child<QCheckBox>(&dialog, "notificationsCheck")->setChecked(false);
    auto *buttons = child<QDialogButtonBox>(&dialog, "preferencesButtons");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(preferences.refreshIntervalSeconds(), Preferences::DefaultRefreshIntervalSeconds);
}

void TestPreferencesDialog::restoreDefaultsResetsTheForm()
{
    Preferences preferences(m_dir.filePath(u"defaults.ini"_s));
    preferences.setRefreshIntervalSeconds(5);
    preferences.setCostRates({{u"m5.large"_s, 0.2}});
    PreferencesDialog dialog(&preferences);
    auto *buttons = child<QDialogButtonBox>(&dialog, "preferencesButtons");
    QTest::mouseClick(buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(
        child<QSpinBox>(&dialog, "refreshIntervalSpin")->value(), Preferences::DefaultRefreshIntervalSeconds);
    QCOMPARE(child<QTableWidget>(&dialog, "costRatesTable")->rowCount(), 0);
    QCOMPARE(preferences.refreshIntervalSeconds(), 5); // the form only
    dialog.apply();
    QCOMPARE(preferences.refreshIntervalSeconds(), Preferences::DefaultRefreshIntervalSeconds);
    QVERIFY(preferences.costRates().isEmpty());
}

void TestPreferencesDialog::saysThemeFollowsSystemAndLanguageNeedsRestart()
{
    Preferences preferences(m_dir.filePath(u"notes.ini"_s));
    PreferencesDialog dialog(&preferences);
    QVERIFY(child<QLabel>(&dialog, "themeNote")->text().contains(u"theme"_s));
    QVERIFY(child<QLabel>(&dialog, "languageNote")->text().contains(u"restart"_s));
    // No control pretends to switch the theme.
    QVERIFY(!dialog.findChild<QComboBox *>(u"themeCombo"_s));
}

namespace {

QRect rectIn(const QWidget *widget, const QWidget *ancestor)
{
    return QRect(widget->mapTo(ancestor, QPoint(0, 0)), widget->size());
}

} // namespace

void TestPreferencesDialog::costTableNeverOverlapsItsButtons_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("pt_BR") << u"pt_BR"_s; // longer labels, wider and taller notes
}

void TestPreferencesDialog::costTableNeverOverlapsItsButtons()
{
    QFETCH(QString, language);
    QVERIFY(Localization::install(language));
    const auto restoreLanguage = qScopeGuard([] { Localization::install(u"en"_s); });
    // The size it opens at, not one an earlier dialog left behind.
    QSettings().remove(ViewStateSaver::settingsGroup() + u"/preferencesDialog"_s);
    Preferences preferences(m_dir.filePath(u"layout.ini"_s));
    preferences.setCostRates({{u"i3.xlarge"_s, 1.5}, {u"m5.large"_s, 0.2}, {u"Standard_DS3_v2"_s, 0.9}});
    PreferencesDialog dialog(&preferences);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *table = child<QTableWidget>(&dialog, "costRatesTable");
    auto *add = child<QPushButton>(&dialog, "addRateButton");
    auto *remove = child<QPushButton>(&dialog, "removeRateButton");
    auto *costs = child<QGroupBox>(&dialog, "costsGroup");
    auto *tabs = child<QTabWidget>(&dialog, "preferencesTabs");
    auto *buttons = child<QDialogButtonBox>(&dialog, "preferencesButtons");
    const QSize defaultSize = dialog.size();
    auto *scroll = dialog.findChild<QScrollArea *>(u"settingsScroll"_s);
    const int toScrollAtFirst = scroll ? scroll->verticalScrollBar()->maximum() : -1;
    // As it opens, then as small as it can be made (resize() stops at the minimum size).
    for (const QSize &size : {defaultSize, QSize(defaultSize.width(), 1), QSize(1, 1)}) {
        dialog.resize(size);
        QCoreApplication::sendPostedEvents();
        const QString where = u"%1 at %2x%3"_s.arg(language).arg(dialog.width()).arg(dialog.height());
        const QRect tableRect = rectIn(table, &dialog);
        for (const QPushButton *button : {add, remove}) {
            const QRect buttonRect = rectIn(button, &dialog);
            QVERIFY2(!tableRect.intersects(buttonRect), qPrintable(where));
            QVERIFY2(button->height() >= button->minimumSizeHint().height(), qPrintable(where));
            QVERIFY2(rectIn(costs, &dialog).contains(buttonRect), qPrintable(where));
        }
        QVERIFY2(table->height() >= table->minimumHeight(), qPrintable(where));
        QVERIFY2(rectIn(costs, &dialog).contains(tableRect), qPrintable(where));
        QVERIFY2(!rectIn(tabs, &dialog).intersects(rectIn(buttons, &dialog)), qPrintable(where));
    }
    // It opened showing the whole page, unless the screen is too short for that; made smaller,
    // the page scrolls.
    QVERIFY(scroll);
    QVERIFY2(toScrollAtFirst == 0
            || defaultSize.height() + dialog.frameGeometry().height() - dialog.height()
                >= dialog.screen()->availableGeometry().height(),
        qPrintable(u"%1: %2 px to scroll"_s.arg(language).arg(toScrollAtFirst)));
    QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
