// ViewStateSaver: column widths, order, hidden columns and sort order of a table, splitter
// sizes and dialog geometry survive "restarting" (a new widget with the same key).
#include "common/viewstatesaver.h"
#include "eventwait.h"

#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

namespace {

std::unique_ptr<QStandardItemModel> makeModel(int columns = 4)
{
    auto model = std::make_unique<QStandardItemModel>(0, columns);
    const QStringList names {u"charlie"_s, u"alpha"_s, u"bravo"_s};
    for (int row = 0; row < names.size(); ++row) {
        QList<QStandardItem *> items;
        items.append(new QStandardItem(names.at(row)));
        for (int column = 1; column < columns; ++column)
            items.append(new QStandardItem(QString::number(row * 10 + column)));
        model->appendRow(items);
    }
    return model;
}

QStringList firstColumn(const QAbstractItemModel *model)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, 0).data().toString());
    return values;
}

} // namespace

class TestViewStateSaver final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tableColumnsAndSortOrderSurviveRestart();
    void restoresWhenTheModelArrivesLater();
    void ignoresStateSavedForOtherColumns();
    void treeViewHeader();
    void splitterSizesSurviveRestart();
    void dialogGeometrySurvivesRestart();
    void noSavedStateKeepsDefaults();
};

void TestViewStateSaver::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_viewstatesaver"_s);
}

void TestViewStateSaver::init()
{
    QSettings().remove(ViewStateSaver::settingsGroup());
}

void TestViewStateSaver::tableColumnsAndSortOrderSurviveRestart()
{
    auto model = makeModel();
    {
        QTableView view;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(model.get());
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(-1, Qt::AscendingOrder);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ViewStateSaver *saver = ViewStateSaver::attach(view.horizontalHeader(), u"test/table"_s);
        QVERIFY(!saver->isRestored());

        view.horizontalHeader()->resizeSection(0, 211);
        view.horizontalHeader()->moveSection(3, 1); // column 3 now shown second
        view.horizontalHeader()->setSectionHidden(2, true);
        view.sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(firstColumn(&proxy), (QStringList {u"charlie"_s, u"bravo"_s, u"alpha"_s}));
        // Saved without any explicit call (debounced).
        QTRY_VERIFY(QSettings().contains(u"ViewState/test/table/header"_s));
    }

    QTableView view;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(-1, Qt::AscendingOrder);
    QCOMPARE(firstColumn(&proxy), firstColumn(model.get())); // unsorted before restoring
    ViewStateSaver *saver = ViewStateSaver::attach(view.horizontalHeader(), u"test/table"_s);
    QVERIFY(saver->isRestored());
    QHeaderView *header = view.horizontalHeader();
    QCOMPARE(header->sectionSize(0), 211);
    QCOMPARE(header->visualIndex(3), 1);
    QVERIFY(header->isSectionHidden(2));
    QCOMPARE(header->sortIndicatorSection(), 0);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // The data is sorted again, not only the indicator.
    QCOMPARE(firstColumn(&proxy), (QStringList {u"charlie"_s, u"bravo"_s, u"alpha"_s}));
}

void TestViewStateSaver::restoresWhenTheModelArrivesLater()
{
    {
        auto model = makeModel();
        QTableView view;
        view.setModel(model.get());
        ViewStateSaver::attach(view.horizontalHeader(), u"test/late"_s);
        view.horizontalHeader()->resizeSection(1, 177);
        ViewStateSaver *saver = view.horizontalHeader()->findChild<ViewStateSaver *>();
        QVERIFY(saver);
        saver->save();
    }
    QTableView view;
    ViewStateSaver *saver = ViewStateSaver::attach(view.horizontalHeader(), u"test/late"_s);
    QVERIFY(!saver->isRestored()); // no columns yet
    auto model = makeModel();
    view.setModel(model.get());
    QVERIFY(saver->isRestored());
    QCOMPARE(view.horizontalHeader()->sectionSize(1), 177);
}

void TestViewStateSaver::ignoresStateSavedForOtherColumns()
{
    {
        auto model = makeModel(4);
        QTableView view;
        view.setModel(model.get());
        ViewStateSaver *saver = ViewStateSaver::attach(view.horizontalHeader(), u"test/columns"_s);
        view.horizontalHeader()->resizeSection(0, 250);
        saver->save();
    }
    auto model = makeModel(6); // a newer version shows more columns
    QTableView view;
    view.setModel(model.get());
    const int defaultWidth = view.horizontalHeader()->sectionSize(0);
    ViewStateSaver *saver = ViewStateSaver::attach(view.horizontalHeader(), u"test/columns"_s);
    QVERIFY(!saver->isRestored());
    QCOMPARE(view.horizontalHeader()->sectionSize(0), defaultWidth);
    QCOMPARE(view.horizontalHeader()->count(), 6);
}

void TestViewStateSaver::treeViewHeader()
{
    auto model = makeModel();
    {
        QTreeView view;
        view.setModel(model.get());
        view.setSortingEnabled(true);
        ViewStateSaver *saver = ViewStateSaver::attach(view.header(), u"test/tree"_s);
        view.header()->resizeSection(1, 133);
        view.sortByColumn(0, Qt::AscendingOrder);
        saver->save();
    }
    auto fresh = makeModel();
    QTreeView view;
    view.setModel(fresh.get());
    view.setSortingEnabled(true);
    view.sortByColumn(1, Qt::DescendingOrder);
    ViewStateSaver::attach(view.header(), u"test/tree"_s);
    QCOMPARE(view.header()->sectionSize(1), 133);
    QCOMPARE(view.header()->sortIndicatorSection(), 0);
    QCOMPARE(firstColumn(fresh.get()), (QStringList {u"alpha"_s, u"bravo"_s, u"charlie"_s}));
}

void TestViewStateSaver::splitterSizesSurviveRestart()
{
    QList<int> saved;
    {
        QSplitter splitter;
        splitter.addWidget(new QLabel(u"left"_s));
        splitter.addWidget(new QLabel(u"right"_s));
        splitter.resize(500, 200);
        splitter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&splitter));
        ViewStateSaver *saver = ViewStateSaver::attach(&splitter, u"test/splitter"_s);
        splitter.setSizes({120, 380});
        saved = splitter.sizes();
        saver->save();
    }
    QSplitter splitter;
    splitter.addWidget(new QLabel(u"left"_s));
    splitter.addWidget(new QLabel(u"right"_s));
    splitter.resize(500, 200);
    ViewStateSaver *saver = ViewStateSaver::attach(&splitter, u"test/splitter"_s);
    QVERIFY(saver->isRestored());
    splitter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&splitter));
    QCOMPARE(splitter.sizes(), saved);
}

void TestViewStateSaver::dialogGeometrySurvivesRestart()
{
    {
        QDialog dialog;
        ViewStateSaver::attach(&dialog, u"test/dialog"_s);
        dialog.resize(432, 321);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.close(); // saves
    }
    QDialog dialog;
    ViewStateSaver *saver = ViewStateSaver::attach(&dialog, u"test/dialog"_s);
    QVERIFY(saver->isRestored());
    QCOMPARE(dialog.size(), QSize(432, 321));
}

void TestViewStateSaver::noSavedStateKeepsDefaults()
{
    auto model = makeModel();
    QTableView view;
    view.setModel(model.get());
    view.horizontalHeader()->resizeSection(0, 99);
    ViewStateSaver *saver = ViewStateSaver::attach(view.horizontalHeader(), u"test/none"_s);
    QVERIFY(!saver->isRestored());
    QCOMPARE(view.horizontalHeader()->sectionSize(0), 99);
}

QTEST_MAIN(TestViewStateSaver)
#include "tst_viewstatesaver.moc"
