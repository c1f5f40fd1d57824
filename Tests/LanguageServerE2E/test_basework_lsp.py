"""End-to-end: pytest-lsp, a real LSP client, drives the built `basework lsp` over standard input
and output on a copy of Examples/journal. Run by Scripts/test-lsp (which installs pytest-lsp)."""

import hashlib
import json
import os
import pathlib
import shutil
import subprocess

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

HERE = pathlib.Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
BINARY = os.environ.get("BASEWORK_BIN", str(PROJECT / ".build" / "debug" / "basework"))

NEW_ENTRY = """---
date: 2026-11-23
duration: 1h
activity: one-to-one
---

# Café ☕ with 日本 friends

- Coffee with @bob and @maria-g. #talked
"""


def snapshot(root: pathlib.Path) -> dict:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    root = tmp_path_factory.mktemp("journal") / "journal"
    shutil.copytree(PROJECT / "Examples" / "journal", root)
    return root


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BINARY, "lsp", "--stdio"]))
async def client(lsp_client: LanguageClient, journal):
    lsp_client.journal = journal
    lsp_client.before = snapshot(journal)
    lsp_client.init_result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=journal.as_uri())
    )
    yield
    await lsp_client.shutdown_session()
    assert lsp_client._server.returncode == 0
    assert snapshot(journal) == lsp_client.before, "the server changed a file"


async def open_new(client: LanguageClient, text: str = NEW_ENTRY) -> str:
    uri = (client.journal / "2026" / "11" / "unsaved.md").as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text))
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return uri


async def test_capabilities(client: LanguageClient):
    capabilities = client.init_result.capabilities
    assert capabilities.position_encoding == "utf-16"
    assert capabilities.hover_provider and capabilities.definition_provider
    assert capabilities.text_document_sync.change == types.TextDocumentSyncKind.Incremental


async def test_diagnostics_on_an_unsaved_buffer_and_after_an_edit(client: LanguageClient):
    uri = await open_new(client)
    diagnostics = client.diagnostics[uri]
    assert [d.code for d in diagnostics] == ["unknown-person"]
    # "- Coffee with " is 14 UTF-16 units; "@bob" 4.
    assert diagnostics[0].range == types.Range(start=types.Position(8, 14), end=types.Position(8, 18))
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangePartial(range=types.Range(types.Position(8, 15), types.Position(8, 18)), text="deshawn")],
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[uri]) == []


async def test_positions_after_non_ascii_text(client: LanguageClient):
    uri = await open_new(client, NEW_ENTRY.replace("- Coffee with", "- 😀 Café 日本 with"))
    # "- 😀 Café 日本 with " is 2 + 2 + 1 + 4 + 1 + 2 + 6 = 18 UTF-16 units.
    assert client.diagnostics[uri][0].range.start == types.Position(8, 18)


async def test_completion_after_at_matches_names(client: LanguageClient):
    uri = await open_new(client, NEW_ENTRY + "\n- @gonz\n")
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri), position=types.Position(10, 7))
    )
    items = {item.label: item for item in result.items}
    assert "maria-g" in items
    assert "Maria Gonzalez" in items["maria-g"].detail


async def test_hover_shows_group_and_depth(client: LanguageClient):
    uri = await open_new(client)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri), position=types.Position(8, 25))
    )
    assert "Maria Gonzalez" in hover.contents.value
    assert "4 West nights" in hover.contents.value
    assert "Deepest rung" in hover.contents.value


async def test_definition_is_in_people_yml(client: LanguageClient):
    uri = await open_new(client)
    location = await client.text_document_definition_async(
        types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri), position=types.Position(8, 25))
    )
    assert location.uri == (client.journal / "people.yml").as_uri()
    lines = (client.journal / "people.yml").read_text().splitlines()
    assert lines[location.range.start.line].startswith("maria-g:")


async def test_quick_fix_adds_the_unknown_person(client: LanguageClient):
    uri = await open_new(client)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri),
            range=types.Range(types.Position(8, 0), types.Position(8, 0)),
            context=types.CodeActionContext(diagnostics=client.diagnostics[uri]),
        )
    )
    add = next(a for a in actions if a.title == "Add bob to people.yml")
    edits = add.edit.changes[(client.journal / "people.yml").as_uri()]
    assert edits[0].new_text.startswith("bob:\n  name:")


def frame(message: dict) -> bytes:
    body = json.dumps(dict(message, jsonrpc="2.0")).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def test_exit_without_shutdown_is_1_and_garbage_is_survived():
    messages = [
        frame({"id": 1, "method": "initialize", "params": {"capabilities": {}}}),
        b"Content-Length: 7\r\n\r\n{broken",
        b"Content-Type: nothing\r\n\r\n",
        frame({"id": 2, "method": "no/such/method"}),
        frame({"method": "exit"}),
    ]
    run = subprocess.run([BINARY, "lsp"], input=b"".join(messages), capture_output=True, timeout=30)
    assert run.returncode == 1
    assert b'"code":-32700' in run.stdout and b'"code":-32601' in run.stdout


def test_end_of_input_after_shutdown_is_0():
    messages = [frame({"id": 1, "method": "initialize", "params": {"capabilities": {}}}), frame({"id": 2, "method": "shutdown"})]
    run = subprocess.run([BINARY, "lsp", "--stdio"], input=b"".join(messages), capture_output=True, timeout=30)
    assert run.returncode == 0
