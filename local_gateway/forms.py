"""``multipart/form-data`` bodies: read and checked against the spec.

A form is read part by part (starlette's parser, python-multipart underneath). Each property of
the operation's schema says how its part is sent (``local_gateway.spec.FormField``): a
``format: binary`` property must be an upload (a part with a filename), any other property a
text field, read as the type its schema declares (``"3"`` as 3 for an integer) before the whole
form is checked against the schema like a JSON body; a property that is not an array may be sent
once. Every violation is a :class:`~local_gateway.spec.SpecViolation` naming the field.

What each request carried (every upload's size and sha256, the text fields as sent) is kept per
request id with the rest of the request record (``local_gateway.record``), which the gateway
serves on ``GET /_gateway/uploads/{request_id}`` for tests.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple, Union

from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request

from .spec import FormField, Operation, SpecViolation, coerce_text

__all__ = ["MULTIPART", "Form", "Upload", "read_form"]

MULTIPART = "multipart/form-data"
# What a file part stands as while the form is checked against the schema: a `format: binary`
# property is `type: string`, and a JSON Schema validator checks no format.
_FILE_PLACEHOLDER = "<file>"
_READ_SIZE = 1 << 16


@dataclass(frozen=True)
class Upload:
    """One uploaded file, as the gateway received it."""

    field: str
    filename: Optional[str]
    content_type: Optional[str]
    size: int
    sha256: str

    def as_dict(self) -> Dict[str, Any]:
        """The JSON form served by ``GET /_gateway/uploads/{request_id}``."""
        return {
            "field": self.field,
            "filename": self.filename,
            "content_type": self.content_type,
            "size": self.size,
            "sha256": self.sha256,
        }


@dataclass
class Form:
    """A form body, read: typed text fields, the text as sent, and the uploads."""

    # Text fields read as their schema types (what the handlers use); no files.
    fields: Dict[str, Any] = field(default_factory=dict)
    # Text fields as sent: a field sent several times maps to the list of its values.
    texts: Dict[str, Union[str, List[str]]] = field(default_factory=dict)
    files: List[Upload] = field(default_factory=list)

    def file(self, name: Optional[str] = None) -> Optional[Upload]:
        """The first upload of the field ``name`` (of any field when None), if any."""
        return next((item for item in self.files if name in (None, item.field)), None)


async def _describe(name: str, upload: UploadFile) -> Upload:
    digest = hashlib.sha256()
    size = 0
    await upload.seek(0)
    while True:
        chunk = await upload.read(_READ_SIZE)
        if not chunk:
            break
        digest.update(chunk)
        size += len(chunk)
    content_type = upload.headers.get("content-type") if upload.headers else None
    return Upload(name, upload.filename, content_type, size, digest.hexdigest())


def _check_parts(
    name: str, spec: Optional[FormField], parts: List[Union[str, UploadFile]]
) -> Tuple[Any, Optional[SpecViolation]]:
    """The value the schema checks for one field, or why its parts cannot make one."""
    if spec is None:
        # Not in the schema: the schema's `additionalProperties` decides.
        values = [_FILE_PLACEHOLDER if isinstance(part, UploadFile) else part for part in parts]
        return (values[0] if len(values) == 1 else values), None
    if spec.file and any(isinstance(part, str) for part in parts):
        return None, SpecViolation(name, "must be a file (a part with a filename), not text")
    if not spec.file and any(isinstance(part, UploadFile) for part in parts):
        return None, SpecViolation(name, "must be a text field, not a file")
    if not spec.many and len(parts) > 1:
        return None, SpecViolation(name, f"was sent {len(parts)} times; one value is allowed")
    values = [
        _FILE_PLACEHOLDER if isinstance(part, UploadFile) else coerce_text(part, spec.type)
        for part in parts
    ]
    return (values if spec.many else values[0]), None


async def _read_parts(
    operation: Operation, items: List[Tuple[str, Union[str, UploadFile]]]
) -> Tuple[Form, Optional[SpecViolation]]:
    grouped: Dict[str, List[Union[str, UploadFile]]] = {}
    for name, value in items:
        grouped.setdefault(name, []).append(value)
    form = Form()
    values: Dict[str, Any] = {}
    violation: Optional[SpecViolation] = None
    for name, parts in grouped.items():
        # Every part is recorded, even when the form turns out invalid.
        for part in parts:
            if isinstance(part, UploadFile):
                form.files.append(await _describe(name, part))
        texts = [part for part in parts if isinstance(part, str)]
        if texts:
            form.texts[name] = texts[0] if len(texts) == 1 else texts
        spec = operation.form_fields.get(name)
        value, problem = _check_parts(name, spec, parts)
        violation = violation or problem
        values[name] = value
        if problem is None and not (spec is not None and spec.file):
            form.fields[name] = value
    if violation is None:
        violation = operation.validate_form(values)
    return form, violation


async def read_form(
    request: Request, operation: Operation
) -> Tuple[Optional[Form], Optional[SpecViolation]]:
    """Read and check the request's ``multipart/form-data`` body.

    Returns the form (None when there was none to read) and the first violation, if any.
    """
    content_type = request.headers.get("content-type", "")
    media_type = content_type.split(";")[0].strip().lower()
    if media_type != MULTIPART:
        raw = await request.body()
        if not raw:
            if not operation.body_required:
                return None, None
            return None, SpecViolation("body", f"a {MULTIPART} body is required")
        sent = media_type or "none"
        return None, SpecViolation("body", f"must be {MULTIPART} (Content-Type: {sent})")
    try:
        parsed = await MultiPartParser(request.headers, request.stream()).parse()
    except (MultiPartException, ValueError) as exc:
        # No boundary, a broken part, too many parts (python-multipart's errors are ValueErrors).
        reason = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        return None, SpecViolation("body", f"not a valid {MULTIPART} body ({reason})")
    try:
        return await _read_parts(operation, list(parsed.multi_items()))
    finally:
        await parsed.close()
