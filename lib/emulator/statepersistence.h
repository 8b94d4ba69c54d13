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
    // A missing file is an empty state. A file that cannot be read, is not JSON or not a JSON
    // object fails with a readable reason, and from then on save() never writes over it
    // (what it holds would be lost at the first change).
    bool load(JobStore &jobs, QString *error = nullptr);

private:
    bool refuse(const QString &reason, QString *error);

    QString m_file;
    bool m_refused = false;
    quint64 m_seed;
};

} // namespace brickdesk::emulator
