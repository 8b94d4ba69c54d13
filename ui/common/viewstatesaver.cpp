#include "common/viewstatesaver.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

constexpr int kSaveDelayMs = 400;

QString settingsKey(const QString &key, const QString &entry)
{
    return ViewStateSaver::settingsGroup() + u'/' + key + u'/' + entry;
}

// restoreState() sets the sort indicator without sorting; a sorting view must sort again.
void resortView(QHeaderView *header)
{
    const int section = header->sortIndicatorSection();
    if (section < 0 || section >= header->count() || !header->isSortIndicatorShown())
        return;
    if (auto *table = qobject_cast<QTableView *>(header->parentWidget())) {
        if (table->isSortingEnabled() && table->horizontalHeader() == header)
            table->sortByColumn(section, header->sortIndicatorOrder());
    } else if (auto *tree = qobject_cast<QTreeView *>(header->parentWidget())) {
        if (tree->isSortingEnabled() && tree->header() == header)
            tree->sortByColumn(section, header->sortIndicatorOrder());
    }
}

} // namespace

ViewStateSaver::ViewStateSaver(QWidget *widget, Kind kind, const QString &key)
    : QObject(widget)
    , m_widget(widget)
    , m_kind(kind)
    , m_key(key)
{
    setObjectName(u"viewStateSaver:"_s + key);
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ViewStateSaver::save);
    // The widget may still exist when the application quits with a change pending.
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, [this] {
        if (m_saveTimer->isActive())
            save();
    });
}

ViewStateSaver *ViewStateSaver::attach(QHeaderView *header, const QString &key)
{
    Q_ASSERT(header && !key.isEmpty());
    auto *saver = new ViewStateSaver(header, Kind::Header, key);
    connect(header, &QHeaderView::sectionResized, saver, &ViewStateSaver::scheduleSave);
    connect(header, &QHeaderView::sectionMoved, saver, &ViewStateSaver::scheduleSave);
    connect(header, &QHeaderView::sortIndicatorChanged, saver, &ViewStateSaver::scheduleSave);
    connect(header, &QHeaderView::sectionCountChanged, saver, [saver](int, int newCount) {
        if (!saver->m_restoreAttempted && newCount > 0)
            saver->tryRestoreHeader();
    });
    if (header->count() > 0)
        saver->tryRestoreHeader();
    return saver;
}

ViewStateSaver *ViewStateSaver::attach(QSplitter *splitter, const QString &key)
{
    Q_ASSERT(splitter && !key.isEmpty());
    auto *saver = new ViewStateSaver(splitter, Kind::Splitter, key);
    const QByteArray state = QSettings().value(settingsKey(key, u"splitter"_s)).toByteArray();
    saver->m_restoreAttempted = true;
    saver->m_restored = !state.isEmpty() && splitter->restoreState(state);
    connect(splitter, &QSplitter::splitterMoved, saver, &ViewStateSaver::scheduleSave);
    return saver;
}

ViewStateSaver *ViewStateSaver::attach(QWidget *window, const QString &key)
{
    Q_ASSERT(window && !key.isEmpty());
    auto *saver = new ViewStateSaver(window, Kind::Window, key);
    const QByteArray geometry = QSettings().value(settingsKey(key, u"geometry"_s)).toByteArray();
    saver->m_restoreAttempted = true;
    saver->m_restored = !geometry.isEmpty() && window->restoreGeometry(geometry);
    window->installEventFilter(saver);
    return saver;
}

void ViewStateSaver::tryRestoreHeader()
{
    auto *header = qobject_cast<QHeaderView *>(m_widget.data());
    if (!header || header->count() == 0)
        return;
    m_restoreAttempted = true;
    QSettings settings;
    const QByteArray state = settings.value(settingsKey(m_key, u"header"_s)).toByteArray();
    const int columns = settings.value(settingsKey(m_key, u"columns"_s), -1).toInt();
    if (state.isEmpty() || columns != header->count())
        return;
    m_restored = header->restoreState(state);
    // restoreState() emits sectionResized: that is the saved state, nothing new to write.
    m_saveTimer->stop();
    if (m_restored)
        resortView(header);
}

void ViewStateSaver::scheduleSave()
{
    // Before the saved state was applied, changes are the widget's defaults being set up.
    if (!m_restoreAttempted)
        return;
    m_saveTimer->start();
}

void ViewStateSaver::save()
{
    m_saveTimer->stop();
    if (!m_widget || !m_restoreAttempted)
        return;
    QSettings settings;
    switch (m_kind) {
    case Kind::Header: {
        auto *header = static_cast<QHeaderView *>(m_widget.data());
        settings.setValue(settingsKey(m_key, u"header"_s), header->saveState());
        settings.setValue(settingsKey(m_key, u"columns"_s), header->count());
        break;
    }
    case Kind::Splitter:
        settings.setValue(
            settingsKey(m_key, u"splitter"_s), static_cast<QSplitter *>(m_widget.data())->saveState());
        break;
    case Kind::Window:
        settings.setValue(settingsKey(m_key, u"geometry"_s), m_widget->saveGeometry());
        break;
    }
}

bool ViewStateSaver::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && (event->type() == QEvent::Hide || event->type() == QEvent::Close))
        save();
    return QObject::eventFilter(watched, event);
}

} // namespace brickdesk
