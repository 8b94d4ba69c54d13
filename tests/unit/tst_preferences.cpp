#include "common/preferences.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

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
    QString iniFile(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".ini")); }
    QTemporaryDir m_dir;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BrickdeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    QVERIFY(m_dir.isValid());
}

void TestPreferences::defaultsWhenNothingIsStored()
{
    Preferences preferences(iniFile(QStringLiteral("defaults")));
    QCOMPARE(preferences.refreshIntervalSeconds(), Preferences::DefaultRefreshIntervalSeconds);
    QCOMPARE(preferences.timeZoneDisplay(), Preferences::TimeZoneDisplay::Local);
    QCOMPARE(preferences.language(), QString());
    QCOMPARE(preferences.notificationsEnabled(), true);
    QVERIFY(preferences.costRates().isEmpty());
    QCOMPARE(preferences.defaultCostRate(), 0.0);
    QCOMPARE(preferences.currency(), QStringLiteral("USD"));
}

void TestPreferences::valuesSurviveANewInstance()
{
    const QString file = iniFile(QStringLiteral("roundtrip"));
    {
        Preferences preferences(file);
        preferences.setRefreshIntervalSeconds(15);
        preferences.setTimeZoneDisplay(Preferences::TimeZoneDisplay::Utc);
        preferences.setLanguage(QStringLiteral("pt_BR"));
        preferences.setNotificationsEnabled(false);
        preferences.setCostRates(
            {{QStringLiteral("Standard_DS3_v2"), 0.87}, {QStringLiteral("i3.xlarge"), 1.25}});
        preferences.setDefaultCostRate(0.5);
        preferences.setCurrency(QStringLiteral("brl"));
    }
    Preferences again(file);
    QCOMPARE(again.refreshIntervalSeconds(), 15);
    QCOMPARE(again.timeZoneDisplay(), Preferences::TimeZoneDisplay::Utc);
    QCOMPARE(again.language(), QStringLiteral("pt_BR"));
    QCOMPARE(again.notificationsEnabled(), false);
    const QMap<QString, double> rates = again.costRates();
    QCOMPARE(rates.size(), 2);
    QCOMPARE(rates.value(QStringLiteral("Standard_DS3_v2")), 0.87);
    QCOMPARE(rates.value(QStringLiteral("i3.xlarge")), 1.25);
    QCOMPARE(again.defaultCostRate(), 0.5);
    QCOMPARE(again.currency(), QStringLiteral("BRL"));

    // Stored as readable INI values under [Preferences], not as opaque blobs.
    QSettings raw(file, QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("Preferences/timeZoneDisplay")).toString(), QStringLiteral("utc"));
    QCOMPARE(raw.value(QStringLiteral("Preferences/refreshIntervalSeconds")).toInt(), 15);
}

void TestPreferences::signalsFireOnlyOnRealChanges()
{
    Preferences preferences(iniFile(QStringLiteral("signals")));
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

    preferences.setLanguage(QStringLiteral("pt_BR"));
    preferences.setLanguage(QStringLiteral("pt_BR"));
    QCOMPARE(language.size(), 1);

    preferences.setNotificationsEnabled(true); // default: no change
    preferences.setNotificationsEnabled(false);
    QCOMPARE(notifications.size(), 1);

    preferences.setCostRates({{QStringLiteral("m5.large"), 0.3}});
    preferences.setCostRates({{QStringLiteral("m5.large"), 0.3}});
    preferences.setDefaultCostRate(0.0); // no change
    preferences.setCurrency(QStringLiteral("usd")); // same currency
    QCOMPARE(costs.size(), 1);

    QCOMPARE(changed.size(), 6);
}

void TestPreferences::invalidStoredValuesFallBackToDefaults()
{
    const QString file = iniFile(QStringLiteral("invalid"));
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("Preferences/refreshIntervalSeconds"), QStringLiteral("soon"));
        raw.setValue(QStringLiteral("Preferences/timeZoneDisplay"), QStringLiteral("mars"));
        raw.setValue(QStringLiteral("Preferences/defaultCostRate"), -3);
        QVariantMap rates {{QStringLiteral("ok"), 1.5}, {QStringLiteral("negative"), -1},
            {QStringLiteral("text"), QStringLiteral("abc")}};
        raw.setValue(QStringLiteral("Preferences/costRates"), rates);
    }
    Preferences preferences(file);
    QCOMPARE(preferences.refreshIntervalSeconds(), Preferences::DefaultRefreshIntervalSeconds);
    QCOMPARE(preferences.timeZoneDisplay(), Preferences::TimeZoneDisplay::Local);
    QCOMPARE(preferences.defaultCostRate(), 0.0);
    QCOMPARE(preferences.costRates(), (QMap<QString, double> {{QStringLiteral("ok"), 1.5}}));
}

void TestPreferences::costRateFallsBackToDefaultRate()
{
    Preferences preferences(iniFile(QStringLiteral("rates")));
    preferences.setCostRates({{QStringLiteral("i3.xlarge"), 1.25}, {QString(), 9.0}});
    preferences.setDefaultCostRate(0.4);
    QCOMPARE(preferences.costRate(QStringLiteral("i3.xlarge")), 1.25);
    QCOMPARE(preferences.costRate(QStringLiteral("unknown")), 0.4);
    QVERIFY(!preferences.costRates().contains(QString()));
}

void TestPreferences::displayTimeFollowsTheTimeZoneChoice()
{
    Preferences preferences(iniFile(QStringLiteral("time")));
    const QDateTime utc(QDate(2024, 3, 10), QTime(14, 30), Qt::UTC);

    QCOMPARE(preferences.toDisplayTime(utc).timeSpec(), Qt::LocalTime);
    QCOMPARE(preferences.toDisplayTime(utc), utc); // same instant
    QVERIFY(!preferences.formatDateTime(utc).endsWith(QStringLiteral("UTC")));

    preferences.setTimeZoneDisplay(Preferences::TimeZoneDisplay::Utc);
    const QDateTime shown = preferences.toDisplayTime(utc.toOffsetFromUtc(-3 * 3600));
    QCOMPARE(shown.timeSpec(), Qt::UTC);
    QCOMPARE(shown.time(), QTime(14, 30));
    const QString text = preferences.formatDateTime(utc);
    QVERIFY2(text.endsWith(QStringLiteral(" UTC")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(QTime(14, 30), QLocale::ShortFormat)), qPrintable(text));
    QCOMPARE(preferences.formatDateTime(QDateTime()), QString());
}

void TestPreferences::resetToDefaultsAnnouncesChanges()
{
    Preferences preferences(iniFile(QStringLiteral("reset")));
    preferences.setRefreshIntervalSeconds(5);
    preferences.setCurrency(QStringLiteral("EUR"));
    QSignalSpy refresh(&preferences, &Preferences::refreshIntervalChanged);
    QSignalSpy costs(&preferences, &Preferences::costRatesChanged);
    QSignalSpy language(&preferences, &Preferences::languageChanged);
    preferences.resetToDefaults();
    QCOMPARE(refresh.size(), 1);
    QCOMPARE(refresh.at(0).at(0).toInt(), Preferences::DefaultRefreshIntervalSeconds);
    QCOMPARE(costs.size(), 1);
    QCOMPARE(language.size(), 0);
    QCOMPARE(preferences.currency(), QStringLiteral("USD"));
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
