#pragma once

#include <QString>

namespace brickdesk::emulator {

class JobStore;

// --state FILE: the jobs created, changed or deleted since seeding, as JSON, so a restarted
// emulator with the same seed comes back with the user's edits.
class StatePersistence final
{
public:
    StatePersistence(QString file, quint64 seed);

    bool enabled() const { return !m_file.isEmpty(); }
    bool save(const JobStore &jobs, QString *error = nullptr) const;
    bool load(JobStore &jobs, QString *error = nullptr) const;

private:
    QString m_file;
    quint64 m_seed;
};

} // namespace brickdesk::emulator
