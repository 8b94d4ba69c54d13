// The Brazilian Portuguese translation must be complete for the CURRENT sources: this runs
// lupdate over lib/ (except the emulator), ui/ and app/main.cpp into a copy of
// brickdesk_pt_BR.ts and fails on every message that is new or unfinished there. To fix a
// failure: `cmake --build <dir> --target update_translations`, then translate the entries
// marked type="unfinished" in resources/translations/brickdesk_pt_BR.ts.
#include "common/localization.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

#ifndef BRICKDESK_LUPDATE
#define BRICKDESK_LUPDATE "/usr/lib/qt6/bin/lupdate"
#endif
#ifndef BRICKDESK_SOURCE_DIR
#error "tests/CMakeLists.txt defines BRICKDESK_SOURCE_DIR for this test"
#endif

using namespace brickdesk;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
};

// Every <message>; a numerus message's <translation> holds one <numerusform> per plural form.
QList<Message> readTsNumerusAware(const QString &fileName, QString *language, QString *error)
{
    QList<Message> messages;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"TS") {
                *language = xml.attributes().value(u"language"_s).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message {};
                message.context = context;
                message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(u"type"_s).toString();
                if (message.numerus) {
                    inTranslation = true;
                } else {
                    message.translations = {xml.readElementText(QXmlStreamReader::IncludeChildElements)};
                }
            } else if (name == u"numerusform" && inTranslation) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement()) {
            if (name == u"translation")
                inTranslation = false;
            else if (name == u"message")
                messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString() + u" at line "_s + QString::number(xml.lineNumber());
    return messages;
}

QString describe(const Message &m)
{
    return u"[%1] \"%2\""_s.arg(m.context, m.source.left(80));
}

// %1…%99, %L1, %n, %Ln: each must survive translation.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(\\d{1,2}|n)"_s);
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0).remove(u'L'));
    return found;
}

bool hasAccelerator(const QString &text)
{
    QString stripped = text;
    stripped.remove(u"&&"_s);
    static const QRegularExpression accelerator(u"&[^\\s&;]"_s);
    // "&amp;" in rich text is not an accelerator; neither is an HTML entity.
    static const QRegularExpression entity(u"&[a-zA-Z#0-9]+;"_s);
    stripped.remove(entity);
    return accelerator.match(stripped).hasMatch();
}

QString sourceDir()
{
    return QString::fromUtf8(BRICKDESK_SOURCE_DIR);
}

QString tsFile(const QString &language)
{
    return sourceDir() + u"/resources/translations/brickdesk_"_s + language + u".ts"_s;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bothTranslationFilesExist();
    void ptBrIsCompleteForCurrentSources();
    void ptBrKeepsPlaceholdersAndAccelerators();
    void ptBrPluralsHaveBothForms();
    void englishPluralsSayOneAndMany();
    void contextsMatchWhatTheCodeAsksFor();
    void languageResolution_data();
    void languageResolution();
    void localeNamesMatchShippedTranslations_data();
    void localeNamesMatchShippedTranslations();

private:
    QList<Message> m_current; // pt_BR after lupdate over the current sources
    QList<Message> m_currentEn; // en, the same way
    QString m_lupdateLog;
};

void TestTranslations::initTestCase()
{
    const QString lupdate = QString::fromUtf8(BRICKDESK_LUPDATE);
    if (!QFileInfo(lupdate).isExecutable())
        QFAIL(qPrintable(u"lupdate not found at %1 (package qt6-l10n-tools)"_s.arg(lupdate)));

    static QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString copy = work.filePath(u"brickdesk_pt_BR.ts"_s);
    QFile::remove(copy);
    QVERIFY(QFile::copy(tsFile(u"pt_BR"_s), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QString copyEn = work.filePath(u"brickdesk_en.ts"_s);
    QFile::remove(copyEn);
    QVERIFY(QFile::copy(tsFile(u"en"_s), copyEn));
    QFile::setPermissions(copyEn, QFile::ReadOwner | QFile::WriteOwner);

    // The same inputs as resources/translations/translations.cmake: every folder of lib/ but
    // the emulator, ui/, and app/main.cpp.
    QStringList inputs;
    const QDir lib(sourceDir() + u"/lib"_s);
    const QStringList areas = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &area : areas) {
        if (area != u"emulator")
            inputs.append(lib.filePath(area));
    }
    inputs.append(sourceDir() + u"/ui"_s);
    inputs.append(sourceDir() + u"/app/main.cpp"_s);

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate,
        inputs
            + QStringList {u"-I"_s, sourceDir() + u"/lib"_s, u"-I"_s, sourceDir() + u"/ui"_s,
                u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-extensions"_s, u"cpp,h,ui"_s, u"-ts"_s,
                copy, copyEn});
    QVERIFY2(process.waitForFinished(120000), "lupdate did not finish in 2 minutes");
    m_lupdateLog = QString::fromLocal8Bit(process.readAll());
    QVERIFY2(
        process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(m_lupdateLog));

    QString language;
    QString error;
    m_current = readTsNumerusAware(copy, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(language, u"pt_BR"_s);
    QVERIFY2(m_current.size() > 50, "lupdate found suspiciously few messages");
    m_currentEn = readTsNumerusAware(copyEn, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(language, u"en"_s);
}

void TestTranslations::englishPluralsSayOneAndMany()
{
    // English needs no translation but its plurals: "%n job(s)" reads "1 job", "2 jobs".
    QStringList wrong;
    for (const Message &m : std::as_const(m_currentEn)) {
        if (!m.numerus || !m.source.contains(u"(s)"_s))
            continue;
        if (m.type == u"unfinished" || m.translations.size() != 2
            || m.translations.at(0) != QString(m.source).remove(u"(s)"_s)
            || m.translations.at(1) != QString(m.source).replace(u"(s)"_s, u"s"_s)) {
            wrong.append(describe(m));
        }
    }
    QVERIFY2(wrong.isEmpty(),
        qPrintable(u"brickdesk_en.ts lacks the singular and plural of (run update_translations and "
                   "fill both forms):\n"_s
            + wrong.join(u'\n')));
}

void TestTranslations::bothTranslationFilesExist()
{
    for (const QString &language : {u"en"_s, u"pt_BR"_s}) {
        QString ts;
        QString error;
        readTsNumerusAware(tsFile(language), &ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(tsFile(language) + u": "_s + error));
        QCOMPARE(ts, language);
    }
}

void TestTranslations::ptBrIsCompleteForCurrentSources()
{
    QStringList missing;
    for (const Message &m : std::as_const(m_current)) {
        if (m.type == u"vanished" || m.type == u"obsolete")
            continue;
        const bool empty = std::all_of(
            m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.isEmpty(); });
        if (m.type == u"unfinished" || empty || m.translations.isEmpty())
            missing.append(describe(m));
    }
    if (!missing.isEmpty()) {
        qWarning().noquote() << missing.size() << "untranslated or unfinished pt_BR messages:\n  "
                             << missing.mid(0, 60).join(u"\n  "_s);
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(u"%1 of %2 messages are not translated in brickdesk_pt_BR.ts (run the "
                   "update_translations target and translate them)"_s.arg(missing.size())
                       .arg(m_current.size())));
}

void TestTranslations::ptBrKeepsPlaceholdersAndAccelerators()
{
    QStringList wrong;
    for (const Message &m : std::as_const(m_current)) {
        if (m.type == u"unfinished" || m.type == u"vanished" || m.type == u"obsolete")
            continue;
        for (const QString &translation : m.translations) {
            QSet<QString> expected = placeholders(m.source);
            QSet<QString> actual = placeholders(translation);
            if (m.numerus) {
                // A singular form may spell the number out ("um job"), so %n is optional there.
                expected.remove(u"%n"_s);
                actual.remove(u"%n"_s);
            }
            if (expected != actual)
                wrong.append(describe(m) + u" placeholders → \""_s + translation + u'"');
            if (hasAccelerator(m.source) != hasAccelerator(translation))
                wrong.append(describe(m) + u" accelerator → \""_s + translation + u'"');
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void TestTranslations::ptBrPluralsHaveBothForms()
{
    QStringList wrong;
    for (const Message &m : std::as_const(m_current)) {
        if (!m.numerus || m.type == u"unfinished")
            continue;
        // Portuguese has two plural forms (n ≤ 1, n > 1); the plural must show the number.
        if (m.translations.size() != 2 || m.translations.at(1).isEmpty()
            || !m.translations.at(1).contains(QRegularExpression(u"%L?n"_s))) {
            wrong.append(describe(m));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void TestTranslations::contextsMatchWhatTheCodeAsksFor()
{
    // lupdate names a context after the enclosing class. A tr() in a free function inside the
    // namespace is filed under "brickdesk", a context no code translates at run time (the
    // text would silently stay English): such strings need QCoreApplication::translate()
    // with the class's context, or Q_DECLARE_TR_FUNCTIONS.
    QStringList wrong;
    for (const Message &m : std::as_const(m_current)) {
        if (m.context == u"brickdesk" || m.context.endsWith(u"::"_s) || m.context.isEmpty())
            wrong.append(describe(m));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void TestTranslations::languageResolution_data()
{
    QTest::addColumn<QString>("preference");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("expected");

    const QString none;
    QTest::newRow("nothing set") << none << QStringList {} << u"en"_s;
    QTest::newRow("C locale") << none << QStringList {u"LC_ALL=C.UTF-8"_s} << u"en"_s;
    QTest::newRow("LANG") << none << QStringList {u"LANG=pt_BR.UTF-8"_s} << u"pt_BR"_s;
    QTest::newRow("LC_ALL beats LANG")
        << none << QStringList {u"LANG=pt_BR.UTF-8"_s, u"LC_ALL=en_US.UTF-8"_s} << u"en"_s;
    QTest::newRow("LC_MESSAGES beats LANG")
        << none << QStringList {u"LANG=en_GB.UTF-8"_s, u"LC_MESSAGES=pt_BR.UTF-8"_s} << u"pt_BR"_s;
    QTest::newRow("LANGUAGE beats LC_ALL")
        << none << QStringList {u"LC_ALL=C.UTF-8"_s, u"LANGUAGE=pt_BR:en"_s} << u"pt_BR"_s;
    QTest::newRow("LANGUAGE list skips unknown")
        << none << QStringList {u"LANGUAGE=de_DE:fr:pt"_s} << u"pt_BR"_s;
    QTest::newRow("unknown language is English") << none << QStringList {u"LANG=ja_JP.UTF-8"_s} << u"en"_s;
    QTest::newRow("preference beats environment") << u"en"_s << QStringList {u"LANGUAGE=pt_BR"_s} << u"en"_s;
    QTest::newRow("preference pt_BR") << u"pt_BR"_s << QStringList {u"LANG=en_US"_s} << u"pt_BR"_s;
    QTest::newRow("system preference follows environment")
        << u"system"_s << QStringList {u"LANG=pt_PT.UTF-8"_s} << u"pt_BR"_s;
    QTest::newRow("unknown preference follows environment")
        << u"xx"_s << QStringList {u"LANG=pt_BR"_s} << u"pt_BR"_s;
}

void TestTranslations::languageResolution()
{
    QFETCH(QString, preference);
    QFETCH(QStringList, environment);
    QFETCH(QString, expected);
    QProcessEnvironment env;
    for (const QString &entry : std::as_const(environment))
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    const QStringList shipped {u"en"_s, u"pt_BR"_s};
    QCOMPARE(Localization::resolveLanguage(preference, env, shipped), expected);
}

void TestTranslations::localeNamesMatchShippedTranslations_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact") << u"pt_BR"_s << u"pt_BR"_s;
    QTest::newRow("encoding") << u"pt_BR.UTF-8"_s << u"pt_BR"_s;
    QTest::newRow("modifier") << u"pt_BR@latin"_s << u"pt_BR"_s;
    QTest::newRow("BCP 47") << u"pt-BR"_s << u"pt_BR"_s;
    QTest::newRow("language only") << u"pt"_s << u"pt_BR"_s;
    QTest::newRow("English variant") << u"en_AU.UTF-8"_s << u"en"_s;
    QTest::newRow("POSIX") << u"POSIX"_s << QString();
    QTest::newRow("unknown") << u"de_DE"_s << QString();
}

void TestTranslations::localeNamesMatchShippedTranslations()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(Localization::matchLanguage(name, {u"en"_s, u"pt_BR"_s}), expected);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
