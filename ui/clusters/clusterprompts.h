#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace brickdesk::clusterprompts {

// The few modal questions of the clusters screen, in one place so that tests (which cannot
// click a native dialog) can answer them: set a handler, and it is asked instead.

// A file name to save to; empty when the user cancels.
QString saveFileName(
    QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter);
using SaveFileNameHandler = std::function<QString(const QString &caption, const QString &suggestedName)>;
void setSaveFileNameHandler(SaveFileNameHandler handler); // empty: the real dialog

// A destructive or costly action: true to go ahead. `text` must name what will be lost.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel);
using ConfirmHandler = std::function<bool(const QString &title, const QString &text)>;
void setConfirmHandler(ConfirmHandler handler); // empty: the real dialog

} // namespace brickdesk::clusterprompts
