"""The serve and allow-phone commands: classroom mode from the command line (the laptop serves a session to phones)."""

from __future__ import annotations

import signal
import threading
import time

import click

from assessor.cli.root import CliError, Context, cli, handles_errors, pass_ctx

DEFAULT_PORT = 8765


@cli.command("serve")
@click.option("--session", "session_id", help="The open session to serve to phones (without it: the open sessions are listed).")
@click.option("--host", default="0.0.0.0", show_default=True,
              help="Address to listen on (0.0.0.0: every network of this laptop; 127.0.0.1: this laptop only).")
@click.option("--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--qr/--no-qr", default=True, show_default=True, help="Draw the address as a QR code in the terminal.")
@pass_ctx
@handles_errors
def serve_cmd(ctx: Context, session_id, host, port, qr):
    """Serve an open session to participants' phones over the local Wi-Fi (classroom mode).

    Prints the address and join code (and a QR code) to show the participants, then the live
    status whenever it changes (how many joined, are answering, submitted, lost connection, and
    who lost it). Answers are stored in the database as in participant mode. Runs until Ctrl+C,
    or until the session is closed in the app. A participant whose phone was closed, reloaded
    elsewhere or swapped continues on the new phone after `assessor allow-phone --session ID CODE`
    (run in another terminal).
    """
    try:
        from assessor.classroom.server import ClassroomServer, qr_text
    except ImportError as exc:  # pragma: no cover - installed without the classroom extra
        raise CliError(f"Classroom mode needs the classroom extra: pip install 'assessor[classroom]' ({exc}).")
    if not session_id or session_id not in {s.id for s in ctx.store().sessions.list()}:
        raise CliError(_open_sessions(ctx, session_id), 2)
    ctx.close()  # the server's writer thread opens its own connection
    ctx._store = None
    server = ClassroomServer(ctx.db_path, session_id, host, port).start()
    stop = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        urls = server.urls()
        click.echo(f"Serving session {session_id} to phones. Join code: {server.join_code}")
        for url in urls:
            click.echo(f"  {url}")
        if qr:
            click.echo(qr_text(urls[0]))
        click.echo(f"A participant on a new phone: assessor allow-phone --session {session_id} CODE", err=True)
        click.echo("Press Ctrl+C to stop.", err=True)
        last = None
        while not stop.is_set() and server.running:
            stop.wait(5.0)
            if not server.running:
                break
            rows = server.live()
            counts = {state: sum(1 for r in rows if r["state"] == state)
                      for state in ("joined", "answering", "submitted", "lost", "not_started")}
            line = ", ".join(f"{k} {v}" for k, v in counts.items())
            lost = sorted(r["code"] for r in rows if r["state"] == "lost")
            allowed = sorted(r["code"] for r in rows if r["allowed"])
            if lost:
                line += f"; lost: {', '.join(lost)}"
            if allowed:
                line += f"; may continue on a new phone: {', '.join(allowed)}"
            if line != last:
                click.echo(f"{time.strftime('%H:%M:%S')}  {line}")
                last = line
        if not server.running and not stop.is_set():
            click.echo("The session was closed: stopped serving.")
    finally:
        signal.signal(signal.SIGINT, previous)
        server.stop()


@cli.command("allow-phone")
@click.option("--session", "session_id", required=True, help="The session being served to phones.")
@click.argument("code")
@pass_ctx
@handles_errors
def allow_phone_cmd(ctx: Context, session_id, code):
    """Let participant CODE continue their running attempt on a new phone.

    For a phone that was closed, reloaded in another browser or swapped: without its resume
    secret the server refuses to resume the attempt until the facilitator allows it. The
    allowance is recorded in the database; the running `assessor serve` (or the app's live
    view) honours it at that participant's next check-in, once, within ten minutes. The old
    phone's secret stays valid while the test runs: collect a phone left behind.
    """
    from assessor.classroom.room import ALLOWANCE_S, record_allowance

    store = ctx.store()
    if session_id not in {s.id for s in store.sessions.list()}:
        raise CliError(_open_sessions(ctx, session_id), 2)
    record_allowance(store, session_id, code)
    click.echo(f"{code.strip()} may continue on a new phone: check in with the code within "
               f"{int(ALLOWANCE_S // 60)} minutes.")


def _open_sessions(ctx: Context, asked: str | None) -> str:
    store = ctx.store()
    lines = [f"There is no session {asked} in {ctx.db_path}." if asked else "Which session? Give --session ID."]
    open_ones = [s for s in store.sessions.list() if s.status == "open"]
    if open_ones:
        lines.append("Open sessions:")
        for s in open_ones:
            lines.append(f"  {s.id}  {store.cohorts.get(s.cohort_id).name} / "
                         f"{store.assessments.get(s.assessment_id).name} ({s.phase})")
    else:
        lines.append("No session is open; open one in the app (Cohorts) first.")
    return "\n".join(lines)
