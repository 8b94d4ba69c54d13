#pragma once

#include "jobform/jobsettingsform.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// JobSettings.environments[] as the job form reads and writes it. Kept apart from the rest of
// the form because the server may send entries the form cannot show (no key, a key twice, not
// an object at all) and a save must still give them back as they came.
namespace brickdesk::jobenvironments {

// One Environment per entry of `settings`' environments array, in order; an entry that is not
// an object, or has no string key, reads as an empty key.
QList<JobSettingsForm::Environment> read(const QJsonObject &settings);

// A key declared by more than one entry of `environments`: refused (JobSettingsForm::validate()),
// on the second entry and after, naming the key and the entries (counted from 1) that declare it.
// Entries without a key are not counted: no task can name them.
QList<JobFormIssue> repeatedKeys(const QList<JobSettingsForm::Environment> &environments);

// Writes `environments` into `settings` (which starts as a copy of `original`, the JSON the form
// was read from), each entry from the original one it was read from; `tasks` is the tasks array
// being saved. A task naming an environment the job does not declare gets one declared, unless
// the original job already named it undeclared: the form only completes what the user changed.
void write(QJsonObject &settings, const QJsonObject &original,
    const QList<JobSettingsForm::Environment> &environments, const QJsonArray &tasks);

} // namespace brickdesk::jobenvironments
