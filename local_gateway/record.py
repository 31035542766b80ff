"""What the operations received, per request id: one record, read through two views for tests.

Each request that reached an operation is one entry: its API, its operation and the status
answered (None for a dropped connection); a ``multipart/form-data`` request's entry also holds
what its form carried (every upload's size and sha256, the text fields as sent), even when the
form was refused. :meth:`RequestLog.requests` is what ``GET /_gateway/requests/{request_id}``
serves (every attempt, for the tests of what is retried), :meth:`RequestLog.uploads` what
``GET /_gateway/uploads/{request_id}`` and ``Gateway.uploads()`` return (the form requests
only: a retried upload shows up once per attempt).
"""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple, Union

from .forms import Form, Upload

__all__ = ["RequestLog"]


@dataclass(frozen=True)
class _Entry:
    api: str
    operation_id: str
    status: Optional[int]
    # None for a request without a form; frozen uploads and a private copy of the texts, so
    # that the views can build fresh dicts without copying what they do not serve.
    files: Optional[Tuple[Upload, ...]]
    fields: Dict[str, Union[str, List[str]]]

    def request(self) -> Dict[str, Any]:
        return {"api": self.api, "operation_id": self.operation_id, "status": self.status}

    def upload(self) -> Dict[str, Any]:
        return {
            **self.request(),
            "files": [upload.as_dict() for upload in self.files or ()],
            "fields": copy.deepcopy(self.fields),
        }


class RequestLog:
    """Every request the operations received, per request id: one entry each, oldest first.

    Bounded (the request ids least recently seen go first, and each keeps its latest entries)
    so that a long benchmark run does not grow the gateway; shared between the server thread
    and the tests' thread, hence the lock.
    """

    def __init__(self, max_request_ids: int = 10_000, max_entries: int = 100) -> None:
        self._entries: OrderedDict[str, List[_Entry]] = OrderedDict()
        self._lock = threading.Lock()
        self._max_request_ids = max_request_ids
        self._max_entries = max_entries

    def add(
        self,
        request_id: str,
        api: str,
        operation_id: str,
        status: Optional[int],
        form: Optional[Form] = None,
    ) -> None:
        """Remember one request; ``status`` is the status answered (None: connection dropped),
        ``form`` what a form request carried."""
        entry = _Entry(
            api,
            operation_id,
            status,
            None if form is None else tuple(form.files),
            {} if form is None else copy.deepcopy(form.texts),
        )
        with self._lock:
            entries = self._entries.setdefault(request_id, [])
            self._entries.move_to_end(request_id)
            entries.append(entry)
            del entries[: -self._max_entries]
            while len(self._entries) > self._max_request_ids:
                self._entries.popitem(last=False)

    def _read(self, request_id: str) -> List[_Entry]:
        with self._lock:
            return list(self._entries.get(request_id, ()))

    def requests(self, request_id: str) -> List[Dict[str, Any]]:
        """Every request received under ``request_id``: ``api``, ``operation_id``, ``status``."""
        return [entry.request() for entry in self._read(request_id)]

    def uploads(self, request_id: str) -> List[Dict[str, Any]]:
        """The form requests received under ``request_id``, each with its ``files`` and
        ``fields`` too (a copy; empty when there was none)."""
        return [entry.upload() for entry in self._read(request_id) if entry.files is not None]
