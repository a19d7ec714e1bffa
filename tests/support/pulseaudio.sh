#!/usr/bin/env bash
# A throw-away PulseAudio server with a null sink, for the player's GUI tests on machines without a sound card: the
# sink consumes sound in real time and drops it, so QAudioSink and QMediaPlayer really play (positions advance).
# Usage: pulseaudio.sh start|stop DIR. Clients reach it with PULSE_SERVER=unix:DIR/native (written to DIR/server).
set -euo pipefail
action=$1 dir=$(realpath -m "$2")
command -v pulseaudio >/dev/null || { echo "PulseAudio is not installed (bash packaging/install-deps.sh)"; exit 1; }
export HOME=$dir/home XDG_RUNTIME_DIR=$dir/run XDG_CONFIG_HOME=$dir/home/.config

stop() {
    if [ -f "$dir/keepalive.pid" ]; then
        kill "$(cat "$dir/keepalive.pid")" 2>/dev/null || true
        rm -f "$dir/keepalive.pid"
    fi
    if [ -f "$dir/run/pulse/pid" ]; then
        pid=$(cat "$dir/run/pulse/pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -f "$dir/run/pulse/pid"
}

stop
[ "$action" = stop ] && exit 0

rm -rf "$dir" && mkdir -p "$dir/home" "$dir/run" && chmod 700 "$dir/run"
# As root PulseAudio warns that it is meant for a user session and runs all the same (--system would need the
# pulse user, D-Bus and a system-wide setup); -n skips default.pa, which expects real hardware and a session bus.
pulseaudio -n --daemonize=yes --use-pid-file=yes --exit-idle-time=-1 --realtime=no --high-priority=no \
    --log-target="file:$dir/pulse.log" --log-level=notice \
    -L "module-null-sink sink_name=hotline_null sink_properties=device.description=Null-Output" \
    -L "module-native-protocol-unix socket=$dir/native auth-anonymous=1" \
    || { cat "$dir/pulse.log" 2>/dev/null; exit 1; }
for _ in $(seq 50); do [ -S "$dir/native" ] && break; sleep 0.1; done
[ -S "$dir/native" ] || { echo "PulseAudio did not open $dir/native"; cat "$dir/pulse.log"; exit 1; }
# An idle null sink sleeps in 2-second blocks and wakes late for a new stream (a player would hear nothing for up to
# two seconds after each start); a silent low-latency stream keeps it ticking every 20 ms.
PULSE_SERVER="unix:$dir/native" setsid pacat --playback --latency-msec=20 --raw --format=s16le --rate=8000 \
    --channels=1 --client-name=hotline-keepalive </dev/zero >"$dir/keepalive.log" 2>&1 &
echo $! >"$dir/keepalive.pid"
echo "unix:$dir/native" >"$dir/server"
echo "PulseAudio $(pulseaudio --version | awk '{print $2}') with a null sink on unix:$dir/native"
