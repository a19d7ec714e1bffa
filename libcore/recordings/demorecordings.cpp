#include "recordings/demorecordings.h"

#include "calendar/workcalendar.h"
#include "core/clock.h"
#include "db/database.h"
#include "recordings/filenamepattern.h"
#include "recordings/recordingimport.h"
#include "recordings/recordingrepository.h"
#include "security/accountrepository.h"
#include "security/accountservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace hotline::recordings {
namespace {

constexpr int kRate = 8000;

// One syllable: a few harmonics of a gliding pitch under an attack-decay envelope, with a short noise onset
// (a consonant) now and then.
void addSyllable(QList<float>& out, qsizetype at, int length, double pitch, double level, QRandomGenerator& rng)
{
    const double glide = 1.0 + (rng.generateDouble() - 0.5) * 0.25;
    const bool consonant = rng.generateDouble() < 0.6;
    const int onset = consonant ? kRate * 25 / 1000 : 0;
    // A crude formant: harmonics near 700 Hz louder (weights from the syllable's starting pitch).
    double weight[7];
    for (int h = 1; h <= 6; ++h) {
        weight[h] = (1.0 + 1.5 * std::exp(-std::pow((pitch * h - 700.0) / 250.0, 2))) / h;
    }
    double phase = 0;
    for (int i = 0; i < length && at + i < out.size(); ++i) {
        const double t = double(i) / length;
        const double env = std::min(1.0, i / (0.02 * kRate)) * std::sqrt(1.0 - t);
        const double f0 = pitch * (1.0 + (glide - 1.0) * t);
        phase += 2 * M_PI * f0 / kRate;
        double v = 0;
        for (int h = 1; h <= 6; ++h) {
            v += std::sin(phase * h) * weight[h];
        }
        if (i < onset) {
            v = v * 0.3 + (rng.generateDouble() * 2 - 1) * 1.2;
        }
        out[at + i] += static_cast<float>(v * env * level);
    }
}

} // namespace

PcmAudio synthesizeCall(int seconds, quint32 seed)
{
    QRandomGenerator rng(seed);
    const qsizetype total = qsizetype(seconds) * kRate;
    QList<float> mix(total, 0.0f);
    qsizetype at = kRate / 2;
    bool agent = true; // the agent answers first
    while (at < total) {
        // A turn: a phrase or two of syllables, then the other speaker.
        const double pitch = agent ? 200.0 + rng.bounded(40) : 110.0 + rng.bounded(30);
        const double level = agent ? 5200.0 : 3800.0; // the caller comes over the line a little quieter
        const int syllables = 4 + static_cast<int>(rng.bounded(agent ? 22 : 14));
        for (int s = 0; s < syllables && at < total; ++s) {
            const int length = kRate * (110 + static_cast<int>(rng.bounded(170))) / 1000;
            addSyllable(mix, at, length, pitch * (1.0 + (rng.generateDouble() - 0.5) * 0.1), level, rng);
            at += length + kRate * (30 + static_cast<int>(rng.bounded(90))) / 1000;
            if (rng.generateDouble() < 0.12) {
                at += kRate * (250 + static_cast<int>(rng.bounded(400))) / 1000; // a breath between phrases
            }
        }
        at += kRate * (300 + static_cast<int>(rng.bounded(900))) / 1000;
        agent = !agent;
    }
    PcmAudio pcm;
    pcm.sampleRate = kRate;
    pcm.channels = 1;
    pcm.samples.reserve(total);
    for (qsizetype i = 0; i < total; ++i) {
        const double hiss = (rng.generateDouble() * 2 - 1) * 60.0;
        pcm.samples.append(static_cast<qint16>(std::clamp(mix.at(i) + hiss, -32000.0, 32000.0)));
    }
    return pcm;
}

Result<DemoRecordingsSummary> fillDemoRecordings(db::Database& db, const QString& folder, IdGenerator& ids,
                                                 const Clock& clock, int count)
{
    // Agent numbers for the demo people, given by the administrator; the team lead imports.
    auto accounts = security::AccountRepository(db.connection()).all();
    if (!accounts) {
        return accounts.error();
    }
    security::Operator admin;
    security::Operator lead;
    for (const security::Account& a : accounts.value()) {
        if (a.op.role == security::Role::Admin && admin.id.isEmpty()) {
            admin = a.op;
        } else if (a.op.role == security::Role::TeamLead && lead.id.isEmpty()) {
            lead = a.op;
        }
    }
    if (admin.id.isEmpty() || lead.id.isEmpty()) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("hotline::recordings", "The demo store has no administrator or team lead."));
    }
    security::AccountService service(db, clock, ids);
    int code = 1001;
    for (const security::Account& a : accounts.value()) {
        if (a.op.role == security::Role::Agent && a.op.agentCode.isEmpty()) {
            if (Outcome s = service.setAgentCode(a.op.id, QString::number(code), admin); !s) {
                return s.error();
            }
        }
        if (a.op.role == security::Role::Agent) {
            ++code;
        }
    }

    auto calls = RecordingRepository(db.connection()).recentCalls(count);
    if (!calls) {
        return calls.error();
    }
    DemoRecordingsSummary summary;
    summary.folder = QDir(folder).absolutePath();
    if (!QDir().mkpath(folder)) {
        return makeError(ErrorCode::StoreWriteFailed,
                         QCoreApplication::translate("hotline::recordings", "Cannot create the folder %1.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    const AudioEncoding encodings[] = {AudioEncoding::ALaw, AudioEncoding::MuLaw, AudioEncoding::Pcm16};
    for (int i = 0; i < calls->size(); ++i) {
        const RecentCall& c = calls->at(i);
        QString callId = c.callId;
        QString caller = c.callerNumber;
        if (i % 4 == 3 || callId.isEmpty()) {
            callId = QStringLiteral("X%1").arg(700000 + i); // the PBX's id is not on the work order: by caller and time
        }
        if (i == calls->size() - 1 && calls->size() > 2) {
            caller = QStringLiteral("13800000000"); // a caller without a work order: linked by hand
        }
        const QDateTime start = c.receivedAt.addSecs(-20 - i * 7).toTimeZone(calendar::beijingTime());
        const QString name =
            QStringLiteral("%1_%2_%3_%4_%5.wav")
                .arg(start.toString(QStringLiteral("yyyyMMdd")), start.toString(QStringLiteral("HHmmss")),
                     c.agentCode.isEmpty() ? c.agentName : c.agentCode, caller, callId);
        const int seconds = 60 + (i * 47) % 180;
        if (Outcome w =
                writeWav(QDir(folder).filePath(name), synthesizeCall(seconds, 12366u + quint32(i)), encodings[i % 3]);
            !w) {
            return w.error();
        }
        ++summary.files;
    }
    ImportOptions options;
    options.pattern = FileNamePattern::defaultPattern();
    auto report = importRecordings(db, folder, options, lead, ids, clock);
    if (!report) {
        return report.error();
    }
    summary.imported = report->imported;
    summary.linked = report->linked;
    return summary;
}

} // namespace hotline::recordings
