#pragma once

namespace brickdesk {

class MainWindow;

// Fills the window's menu bar (File, View, Settings, Help). Every action has an objectName,
// which the command palette and the tests find it by, and most have a shortcut, which Help ▸
// Keyboard shortcuts lists. The actions only call the window's public slots.
void addMainMenus(MainWindow *window);

} // namespace brickdesk
