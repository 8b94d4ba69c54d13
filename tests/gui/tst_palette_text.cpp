// Words in colours of their own follow the application's palette: the job overview's HTML
// (the "Locked." notice, the tasks table's header, the dimmed labels), the job form's error
// under a field and the connection dialog's status read at least 4.5:1 (WCAG, text) on what
// they sit on, in the light palette, after a dark one is set while they are up, and after the
// light one is set back. Against the emulator, as a user sees them.
#include "api/connection.h"
#include "auth/memorysecretstore.h"
#include "auth/statictokenprovider.h"
#include "auth/workspacestore.h"
#include "common/chartcolours.h"
#include "common/textcolours.h"
#include "connections/connectiondialog.h"
#include "darkpalette.h"
#include "emulatorfixture.h"
#include "jobform/jobformdialog.h"
#include "jobform/jobformfielderrors.h"
#include "jobform/jobtaskstab.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/joboverview.h"
#include "jobs/jobspage.h"
#include "runs/rundetailwidget.h"
#include "runs/runstyle.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

constexpr double kText = 4.5;

QColor brushColour(const QBrush &brush, const QColor &otherwise)
{
    return brush.style() == Qt::NoBrush ? otherwise : brush.color();
}

struct Piece
{
    QString text;
    QColor foreground;
    QColor background;
};

// Every piece of text of a browser's document with the colour it is drawn in and what it sits
// on: its own background, else its paragraph's, else its table cell's, else the browser's Base.
QList<Piece> piecesOf(QTextBrowser *browser)
{
    const QPalette palette = browser->palette();
    QList<Piece> pieces;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        QColor background = palette.color(QPalette::Base);
        const QTextCursor cursor(block);
        if (QTextTable *table = cursor.currentTable())
            background = brushColour(table->cellAt(cursor).format().background(), background);
        background = brushColour(block.blockFormat().background(), background);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.text().trimmed().isEmpty())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            pieces.append({fragment.text(), brushColour(format.foreground(), palette.color(QPalette::Text)),
                brushColour(format.background(), background)});
        }
    }
    return pieces;
}

// The overview reads in `palette`: every piece 4.5:1, the notice and the header stand apart from
// the page (and are there), the labels are dimmer than the values but readable.
void checkOverview(QTextBrowser *browser, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    QCOMPARE(browser->palette().color(QPalette::Base), base);
    const QList<Piece> pieces = piecesOf(browser);
    QVERIFY(pieces.size() > 20);
    bool notice = false;
    bool header = false;
    bool label = false;
    for (const Piece &piece : pieces) {
        const double ratio = ChartColours::contrast(piece.foreground, piece.background);
        QVERIFY2(ratio >= kText,
            qPrintable(u"“%1” in %2 on %3: %4:1"_s.arg(piece.text, piece.foreground.name(),
                piece.background.name(), QString::number(ratio, 'f', 2))));
        if (piece.text == u"Locked."_s) {
            notice = true;
            QVERIFY(piece.background != base);
        }
        if (piece.text == u"Type and target"_s) {
            header = true;
            QVERIFY(piece.background != base);
        }
        if (piece.text == u"Job ID"_s) {
            label = true;
            QVERIFY(piece.foreground != palette.color(QPalette::Text));
        }
    }
    QVERIFY(notice);
    QVERIFY(header);
    QVERIFY(label);
}

// A label's words in `hue`'s family (its text colour kept its meaning) and readable on the
// Window around it.
void checkLabel(QLabel *label, const QPalette &palette, int hue)
{
    QVERIFY(label->isVisible());
    const QColor text = label->palette().color(label->foregroundRole());
    const QColor window = palette.color(QPalette::Window);
    QCOMPARE(label->parentWidget()->palette().color(QPalette::Window), window);
    const double ratio = ChartColours::contrast(text, window);
    QVERIFY2(ratio >= kText,
        qPrintable(u"“%1” in %2 on %3: %4:1"_s.arg(
            label->text(), text.name(), window.name(), QString::number(ratio, 'f', 2))));
    const int distance = std::abs(text.hslHue() - hue) % 360;
    QVERIFY2(std::min(distance, 360 - distance) <= 30, qPrintable(text.name()));
}

// Sets `palette` on the application and waits until `widget` has it (it arrives by events).
bool switchTo(const QPalette &palette, QWidget *widget)
{
    QApplication::setPalette(palette);
    return QTest::qWaitFor(
        [&] { return widget->palette().color(QPalette::Window) == palette.color(QPalette::Window); });
}

} // namespace

class TestPaletteText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { QApplication::setPalette(m_light); }
    void everyTextColourReadsOnAnyPalette();
    void jobOverviewFollowsThePalette();
    void jobFormFieldErrorFollowsThePalette();
    void connectionStatusFollowsThePalette();
    void jobFormTaskListFollowsThePalette();
    void runOutputFollowsThePalette();
    // Not a check: with BRICKDESK_SCREENSHOT_DIR set, saves the job overview in both palettes.
    void screenshots();

private:
    JobDetailWidget *showLockedJob();

    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<JobsPage> m_page;
    QPalette m_light;
};

void TestPaletteText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_palette_text"_s);
    m_light = QApplication::palette();
    QVERIFY(!ChartColours::isDark(m_light.color(QPalette::Base)));
    m_fx = std::make_unique<test::EmulatorFixture>();
    m_connection
        = std::make_unique<Connection>(m_fx->url(), std::make_shared<StaticTokenProvider>(m_fx->token()));
}

void TestPaletteText::everyTextColourReadsOnAnyPalette()
{
    // Ours, and a mid grey: the hardest background there is for text (at most 5.3:1 with black).
    QPalette grey = m_light;
    for (const auto role : {QPalette::Window, QPalette::Base})
        grey.setColor(role, QColor(0x80, 0x80, 0x80));
    for (const QPalette &palette : {m_light, test::darkPalette(), grey}) {
        for (const auto on : {QPalette::Window, QPalette::Base}) {
            const TextColours c = TextColours::fromPalette(palette, on);
            QCOMPARE(c.background, palette.color(on));
            for (const auto &[fg, bg] : {std::pair {c.dim, c.background}, {c.error, c.background},
                     {c.success, c.background}, {c.trace, c.background}, {c.noticeText, c.noticeBackground},
                     {c.warningText, c.warningBackground}, {c.headerText, c.headerBackground}}) {
                QVERIFY2(
                    ChartColours::contrast(fg, bg) >= kText, qPrintable(fg.name() + u" on "_s + bg.name()));
            }
            QVERIFY(c.noticeBackground != c.background);
            QVERIFY(c.headerBackground != c.background);
        }
    }
    // State badges bring their own fill: white reads on every state's.
    for (int category = 0; category <= int(RunDisplayState::Category::Excluded); ++category) {
        const QColor fill = TextColours::badgeFill(RunStyle::color(RunDisplayState::Category(category)));
        QVERIFY2(ChartColours::contrast(Qt::white, fill) >= kText, qPrintable(fill.name()));
    }
}

JobDetailWidget *TestPaletteText::showLockedJob()
{
    if (!m_page) {
        m_page = std::make_unique<JobsPage>();
        m_page->resize(1400, 900);
        m_page->show();
        if (!QTest::qWaitForWindowExposed(m_page.get()))
            return nullptr;
        m_page->setConnection(m_connection.get());
    }
    m_page->showJob(m_fx->emulator().jobIdByName(u"[prod] sales_pipeline (bundle)"_s));
    JobDetailWidget *detail = m_page->jobDetail();
    if (!QTest::qWaitFor(
            [detail] { return detail->overview()->toPlainText().contains(JobOverview::lockedReason()); },
            20000))
        return nullptr;
    return detail;
}

void TestPaletteText::jobOverviewFollowsThePalette()
{
    JobDetailWidget *detail = showLockedJob();
    QVERIFY(detail);
    QTextBrowser *browser = detail->overview();
    for (const QPalette &palette : {m_light, test::darkPalette(), m_light}) {
        QVERIFY(switchTo(palette, browser));
        checkOverview(browser, palette);
        QVERIFY(!QTest::currentTestFailed());
    }
}

void TestPaletteText::jobFormFieldErrorFollowsThePalette()
{
    QWidget form;
    auto *layout = new QVBoxLayout(&form);
    JobFormFieldErrors errors;
    layout->addWidget(errors.wrap(new QLineEdit, u"name"_s));
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    errors.show({{u"name"_s, u"A job needs a name."_s}});
    auto *label = form.findChild<QLabel *>(u"error:name"_s);
    QVERIFY(label);
    for (const QPalette &palette : {m_light, test::darkPalette(), m_light}) {
        QVERIFY(switchTo(palette, &form));
        checkLabel(label, palette, 0);
        QVERIFY(!QTest::currentTestFailed());
    }
}

void TestPaletteText::connectionStatusFollowsThePalette()
{
    QTemporaryDir home;
    WorkspaceStore store(home.filePath(u"brickdesk.ini"_s));
    MemorySecretStore keychain;
    MemorySecretStore session;
    ConnectionDialog dialog(&store, &keychain, &session);
    QProcessEnvironment env;
    env.insert(u"HOME"_s, home.path());
    dialog.setEnvironment(env);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"addWorkspaceButton"_s), Qt::LeftButton);
    dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Local"_s);
    dialog.findChild<QLineEdit *>(u"hostEdit"_s)->setText(m_fx->url().toString());
    auto *token = dialog.findChild<QLineEdit *>(u"tokenEdit"_s);
    auto *status = dialog.findChild<QLabel *>(u"statusLabel"_s);
    QVERIFY(token && status);
    QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
    // Green when the workspace answers, red when it refuses the token.
    for (const auto &[secret, ok, hue] :
        {std::tuple {m_fx->token(), true, 120}, std::tuple {u"dapi-wrong"_s, false, 0}}) {
        token->setText(secret);
        tested.clear();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 20000);
        QCOMPARE(tested.first().at(0).toBool(), ok);
        for (const QPalette &palette : {m_light, test::darkPalette(), m_light}) {
            QVERIFY(switchTo(palette, &dialog));
            checkLabel(status, palette, hue);
            QVERIFY(!QTest::currentTestFailed());
        }
    }
}

// The job form's list of tasks: a task with an issue marked in the error colour, the others in
// the list's own text colour, each readable on the list's Base in light, dark and light again.
void TestPaletteText::jobFormTaskListFollowsThePalette()
{
    QTemporaryDir drafts;
    std::unique_ptr<JobFormDialog> form(
        JobFormDialog::forEdit(m_connection.get(), m_fx->emulator().jobIdByName(u"partition_fanout"_s)));
    form->setAttribute(Qt::WA_DeleteOnClose, false);
    form->setDraftsDirectory(drafts.path());
    form->show();
    QTRY_VERIFY_WITH_TIMEOUT(!form->isLoading(), 10000);
    auto *list = form->findChild<QListWidget *>(u"taskList"_s);
    QVERIFY(list);
    QVERIFY(list->isEnabled());
    QVERIFY(list->count() >= 2);
    auto *tasks = qobject_cast<JobTasksTab *>(list->window()->findChild<JobTasksTab *>());
    QVERIFY(tasks);
    tasks->markTasksWithIssues({1});
    for (const QPalette &palette : {m_light, test::darkPalette(), m_light}) {
        QVERIFY(switchTo(palette, list));
        const QColor base = list->palette().color(QPalette::Base);
        QCOMPARE(base, palette.color(QPalette::Base));
        for (int i = 0; i < list->count(); ++i) {
            const QVariant foreground = list->item(i)->data(Qt::ForegroundRole);
            const QColor text = foreground.isValid() ? foreground.value<QBrush>().color()
                                                     : list->palette().color(QPalette::Text);
            QVERIFY2(ChartColours::contrast(text, base) >= kText,
                qPrintable(text.name() + u" on "_s + base.name()));
            QCOMPARE(foreground.isValid(), i == 1);
        }
    }
}

// A failed run's output (its state, the error and the trace in colours of their own) and its
// details' labels: built again, readable, after each switch.
void TestPaletteText::runOutputFollowsThePalette()
{
    RunDetailWidget run;
    run.resize(1000, 800);
    run.setConnection(m_connection.get());
    run.show();
    QVERIFY(QTest::qWaitForWindowExposed(&run));
    run.showRun(m_fx->emulator()
                    .runIdsOfJob(m_fx->emulator().jobIdByName(u"[prod] sales_pipeline (bundle)"_s))
                    .first());
    QTextBrowser *output = run.outputView();
    QTRY_VERIFY_WITH_TIMEOUT(output->toPlainText().contains(u"SparkException"_s), 20000);
    const auto readable = [output] {
        const QList<Piece> pieces = piecesOf(output);
        return pieces.size() > 4 && std::all_of(pieces.cbegin(), pieces.cend(), [](const Piece &piece) {
            return ChartColours::contrast(piece.foreground, piece.background) >= kText;
        });
    };
    for (const QPalette &palette : {m_light, test::darkPalette(), m_light}) {
        QVERIFY(switchTo(palette, output));
        // Built again once every view inside has the new palette (queued).
        QTRY_VERIFY(readable());
        bool error = false;
        for (const Piece &piece : piecesOf(output))
            error = error
                || (piece.text.contains(u"SparkException"_s)
                    && piece.foreground != palette.color(QPalette::Text));
        QVERIFY(error);
    }
}

void TestPaletteText::screenshots()
{
    const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("BRICKDESK_SCREENSHOT_DIR not set");
    JobDetailWidget *detail = showLockedJob();
    QVERIFY(detail);
    const qint64 locked = m_fx->emulator().jobIdByName(u"[prod] sales_pipeline (bundle)"_s);
    QTemporaryDir drafts;
    std::unique_ptr<JobFormDialog> form(JobFormDialog::forEdit(m_connection.get(), locked));
    form->setAttribute(Qt::WA_DeleteOnClose, false);
    form->setDraftsDirectory(drafts.path());
    form->resize(900, 500);
    form->show();
    QTRY_VERIFY_WITH_TIMEOUT(!form->isLoading(), 10000);
    RunDetailWidget run;
    run.resize(1000, 800);
    run.setConnection(m_connection.get());
    run.show();
    run.showRun(m_fx->emulator().runIdsOfJob(locked).first());
    auto *tabs = run.findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).remove(u'&') == u"Output"_s)
            tabs->setCurrentIndex(i);
    }
    for (const auto &[palette, name] :
        {std::pair {test::darkPalette(), u"dark"_s}, std::pair {m_light, u"light"_s}}) {
        QVERIFY(switchTo(palette, detail));
        QTest::qWait(1500);
        for (const auto &[widget, file] : {std::pair<QWidget *, QString> {m_page.get(), u"job-overview"_s},
                 {form.get(), u"job-form"_s}, {&run, u"run-detail"_s}}) {
            const QString path = u"%1/%2-%3.png"_s.arg(dir, file, name);
            QVERIFY(widget->grab().save(path));
            qInfo("saved %s", qPrintable(path));
        }
    }
}

QTEST_MAIN(TestPaletteText)
#include "tst_palette_text.moc"
