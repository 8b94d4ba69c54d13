// Dates and day names follow the chosen language when the environment names the language but
// formats like C (LANGUAGE=pt_BR with LANG=C.UTF-8, common on servers and containers): the system
// locale then claims pt_BR yet says "Sunday". The environment is set before QCoreApplication
// exists, since Qt reads it once.
#include "common/localization.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

class TestLocaleFormats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemNamedPtBrButFormattingLikeC()
    {
        QCOMPARE(QLocale::system().name(), u"pt_BR"_s); // what makes the case
        Localization::install(u"pt_BR"_s); // the catalogue is not in this test: only formats count
        QCOMPARE(QLocale().standaloneDayName(7), u"domingo"_s);
        const QDateTime at(QDate(2026, 12, 3), QTime(7, 5), Qt::UTC);
        QCOMPARE(QLocale().toString(at.date(), QLocale::ShortFormat), u"03/12/2026"_s);
    }
};

int main(int argc, char *argv[])
{
    qputenv("LANGUAGE", "pt_BR");
    qputenv("LANG", "C.UTF-8");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qunsetenv("LC_TIME");
    QCoreApplication app(argc, argv);
    TestLocaleFormats test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_locale_formats.moc"
