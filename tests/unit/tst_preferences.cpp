#include "common/preferences.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

class TestPreferences final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultsWhenNothingIsStored();
    void valuesSurviveANewInstance();
    void signalsFireOnlyOnRealChanges();
    void invalidStoredValuesFallBackToDefaults();
    void costRateFallsBackToDefaultRate();
    void displayTimeFollowsTheTimeZoneChoice();
    void resetToDefaultsAnnouncesChanges();
    void sharedInstanceUsesApplicationSettings();

private:
    QString iniFile(const QString &name) const { return m_dir.filePath(name + u".ini"_s); }
    QTemporaryDir m_dir;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_preferences"_s);
    QVERIFY(m_dir.isValid());
}

void TestPreferences::defaultsWhenNothingIsStored()
{
    Preferences preferences(iniFile(u"defaults"_s));
    QCOMPARE(preferences.refreshIntervalSeconds(), Preferences::DefaultRefreshIntervalSeconds);
    QCOMPARE(preferences.timeZoneDisplay(), Preferences::TimeZoneDisplay::Local);
    QCOMPARE(preferences.language(), QString());
    QCOMPARE(preferences.notificationsEnabled(), true);
    QVERIFY(preferences.costRates().isEmpty());
    QCOMPARE(preferences.defaultCostRate(), 0.0);
    QCOMPARE(preferences.currency(), u"USD"_s);
}

void TestPreferences::valuesSurviveANewInstance()
{
    const QString file = iniFile(u"roundtrip"_s);
    {
        Preferences preferences(file);
        preferences.setRefreshIntervalSeconds(15);
        preferences.setTimeZoneDisplay(Preferences::TimeZoneDisplay::Utc);
        preferences.setLanguage(u"pt_BR"_s);
        preferences.setNotificationsEnabled(false);
        preferences.setCostRates({{u"Standard_DS3_v2"_s, 0.87}, {u"i3.xlarge"_s, 1.25}});
        preferences.setDefaultCostRate(0.5);
        preferences.setCurrency(u"brl"_s);
    }
    Preferences again(file);
    QCOMPARE(again.refreshIntervalSeconds(), 15);
    QCOMPARE(again.timeZoneDisplay(), Preferences::TimeZoneDisplay::Utc);
    QCOMPARE(again.language(), u"pt_BR"_s);
    QCOMPARE(again.notificationsEnabled(), false);
    const QMap<QString, double> rates = again.costRates();
    QCOMPARE(rates.size(), 2);
    QCOMPARE(rates.value(u"Standard_DS3_v2"_s), 0.87);
    QCOMPARE(rates.value(u"i3.xlarge"_s), 1.25);
    QCOMPARE(again.defaultCostRate(), 0.5);
    QCOMPARE(again.currency(), u"BRL"_s);

    // Stored as readable INI values under [Preferences], not as opaque blobs.
    QSettings raw(file, QSettings::IniFormat);
    QCOMPARE(raw.value(u"Preferences/timeZoneDisplay"_s).toString(), u"utc"_s);
    QCOMPARE(raw.value(u"Preferences/refreshIntervalSeconds"_s).toInt(), 15);
}

void TestPreferences::signalsFireOnlyOnRealChanges()
{
    Preferences preferences(iniFile(u"signals"_s));
    QSignalSpy refresh(&preferences, &Preferences::refreshIntervalChanged);
    QSignalSpy zone(&preferences, &Preferences::timeZoneDisplayChanged);
    QSignalSpy language(&preferences, &Preferences::languageChanged);
    QSignalSpy notifications(&preferences, &Preferences::notificationsEnabledChanged);
    QSignalSpy costs(&preferences, &Preferences::costRatesChanged);
    QSignalSpy changed(&preferences, &Preferences::changed);

    preferences.setRefreshIntervalSeconds(Preferences::DefaultRefreshIntervalSeconds); // no change
    preferences.setRefreshIntervalSeconds(30);
    preferences.setRefreshIntervalSeconds(30); // no change
    QCOMPARE(refresh.size(), 1);
    QCOMPARE(refresh.at(0).at(0).toInt(), 30);
    preferences.setRefreshIntervalSeconds(-5); // clamped to 0 (off)
    QCOMPARE(preferences.refreshIntervalSeconds(), 0);
    QCOMPARE(refresh.size(), 2);

    preferences.setTimeZoneDisplay(Preferences::TimeZoneDisplay::Local); // default: no change
    preferences.setTimeZoneDisplay(Preferences::TimeZoneDisplay::Utc);
    QCOMPARE(zone.size(), 1);
    QCOMPARE(zone.at(0).at(0).value<Preferences::TimeZoneDisplay>(), Preferences::TimeZoneDisplay::Utc);

    preferences.setLanguage(u"pt_BR"_s);
    preferences.setLanguage(u"pt_BR"_s);
    QCOMPARE(language.size(), 1);

    preferences.setNotificationsEnabled(true); // default: no change
    preferences.setNotificationsEnabled(false);
    QCOMPARE(notifications.size(), 1);

    preferences.setCostRates({{u"m5.large"_s, 0.3}});
    preferences.setCostRates({{u"m5.large"_s, 0.3}});
    preferences.setDefaultCostRate(0.0); // no change
    preferences.setCurrency(u"usd"_s); // same currency
    QCOMPARE(costs.size(), 1);

    QCOMPARE(changed.size(), 6);
}

void TestPreferences::invalidStoredValuesFallBackToDefaults()
{
    const QString file = iniFile(u"invalid"_s);
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(u"Preferences/refreshIntervalSeconds"_s, u"soon"_s);
        raw.setValue(u"Preferences/timeZoneDisplay"_s, u"mars"_s);
        raw.setValue(u"Preferences/defaultCostRate"_s, -3);
        QVariantMap rates {{u"ok"_s, 1.5}, {u"negative"_s, -1}, {u"text"_s, u"abc"_s}};
        raw.setValue(u"Preferences/costRates"_s, rates);
    }
    Preferences preferences(file);
    QCOMPARE(preferences.refreshIntervalSeconds(), Preferences::DefaultRefreshIntervalSeconds);
    QCOMPARE(preferences.timeZoneDisplay(), Preferences::TimeZoneDisplay::Local);
    QCOMPARE(preferences.defaultCostRate(), 0.0);
    QCOMPARE(preferences.costRates(), (QMap<QString, double> {{u"ok"_s, 1.5}}));
}

void TestPreferences::costRateFallsBackToDefaultRate()
{
    Preferences preferences(iniFile(u"rates"_s));
    preferences.setCostRates({{u"i3.xlarge"_s, 1.25}, {QString(), 9.0}});
    preferences.setDefaultCostRate(0.4);
    QCOMPARE(preferences.costRate(u"i3.xlarge"_s), 1.25);
    QCOMPARE(preferences.costRate(u"unknown"_s), 0.4);
    QVERIFY(!preferences.costRates().contains(QString()));
}

void TestPreferences::displayTimeFollowsTheTimeZoneChoice()
{
    Preferences preferences(iniFile(u"time"_s));
    const QDateTime utc(QDate(2024, 3, 10), QTime(14, 30), Qt::UTC);

    QCOMPARE(preferences.toDisplayTime(utc).timeSpec(), Qt::LocalTime);
    QCOMPARE(preferences.toDisplayTime(utc), utc); // same instant
    QVERIFY(!preferences.formatDateTime(utc).endsWith(u"UTC"_s));

    preferences.setTimeZoneDisplay(Preferences::TimeZoneDisplay::Utc);
    const QDateTime shown = preferences.toDisplayTime(utc.toOffsetFromUtc(-3 * 3600));
    QCOMPARE(shown.timeSpec(), Qt::UTC);
    QCOMPARE(shown.time(), QTime(14, 30));
    const QString text = preferences.formatDateTime(utc);
    QVERIFY2(text.endsWith(u" UTC"_s), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(QTime(14, 30), QLocale::ShortFormat)), qPrintable(text));
    QCOMPARE(preferences.formatDateTime(QDateTime()), QString());
}

void TestPreferences::resetToDefaultsAnnouncesChanges()
{
    Preferences preferences(iniFile(u"reset"_s));
    preferences.setRefreshIntervalSeconds(5);
    preferences.setCurrency(u"EUR"_s);
    QSignalSpy refresh(&preferences, &Preferences::refreshIntervalChanged);
    QSignalSpy costs(&preferences, &Preferences::costRatesChanged);
    QSignalSpy language(&preferences, &Preferences::languageChanged);
    preferences.resetToDefaults();
    QCOMPARE(refresh.size(), 1);
    QCOMPARE(refresh.at(0).at(0).toInt(), Preferences::DefaultRefreshIntervalSeconds);
    QCOMPARE(costs.size(), 1);
    QCOMPARE(language.size(), 0);
    QCOMPARE(preferences.currency(), u"USD"_s);
}

void TestPreferences::sharedInstanceUsesApplicationSettings()
{
    Preferences *shared = Preferences::instance();
    QVERIFY(shared);
    QCOMPARE(Preferences::instance(), shared);
    shared->setRefreshIntervalSeconds(42);
    // Another instance on the application's default settings sees the value.
    Preferences other;
    QCOMPARE(other.refreshIntervalSeconds(), 42);
    shared->resetToDefaults();
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
