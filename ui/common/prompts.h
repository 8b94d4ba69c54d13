#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace brickdesk {

// The places where a screen leaves the application's own windows: asking the user to confirm
// a destructive or costly action, choosing a file to save to, opening a workspace page in the
// browser. Every screen asks through here, so that GUI tests (which cannot click a native
// dialog or a browser) set one handler and answer or observe all of them.
class Prompts final
{
    Q_DECLARE_TR_FUNCTIONS(Prompts)

public:
    using ConfirmHandler = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;
    using SaveFileNameHandler = std::function<QString(const QString &caption, const QString &suggestedName)>;
    using UrlHandler = std::function<void(const QUrl &url)>;
    using NoticeHandler = std::function<void(QWidget *parent, const QString &title, const QString &text)>;

    // A modal "are you sure" naming what will be lost; true when the user accepts.
    static bool confirm(
        QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel);
    // A file name to save to (suggested in Documents); empty when the user cancels.
    static QString saveFileName(
        QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter);
    // Addresses Brickdesk builds itself (the workspace's own pages).
    static void openUrl(const QUrl &url);
    // An address the workspace sent (run_page_url and the like): opened only when
    // ServerLink::isOpenable() says so for `workspace`; otherwise shown, as plain text the
    // user can select, and not opened.
    static void openServerUrl(QWidget *parent, const QUrl &link, const QUrl &workspace);

    // An empty handler restores the real dialog (QMessageBox, QFileDialog, QDesktopServices).
    static void setConfirmHandler(ConfirmHandler handler);
    static void setSaveFileNameHandler(SaveFileNameHandler handler);
    static void setUrlHandler(UrlHandler handler);
    static void setNoticeHandler(NoticeHandler handler);

private:
    static ConfirmHandler &confirmHandler();
    static SaveFileNameHandler &saveFileNameHandler();
    static UrlHandler &urlHandler();
    static NoticeHandler &noticeHandler();
};

} // namespace brickdesk
