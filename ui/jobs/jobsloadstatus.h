#pragma once

#include <QString>

namespace brickdesk {

class JobsModel;

// What the line above the jobs list says: how many jobs there are (and how many the filter
// shows), whether the list is still loading, stopped or failed part way, or that it comes from
// the local archive because the workspace cannot be reached. Worded in the Jobs screen's
// translation context.
QString jobsLoadStatusText(const JobsModel &model, int shown, bool connected);

} // namespace brickdesk
