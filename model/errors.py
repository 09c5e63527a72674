"""Stable error codes shared by the library, the CLI and the HTTP API.

The codes are part of the public contract: clients switch on them, so they
never change meaning once released.
"""

from __future__ import annotations


class WaspadaError(Exception):
    """Base class for errors that carry a stable, documented code."""

    code = "WASPADA_ERROR"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class InvalidAdError(WaspadaError):
    """The ad is empty, too long or otherwise cannot be scored."""

    code = "INVALID_AD"


class EmptyAdError(InvalidAdError):
    code = "EMPTY_AD"


class AdTooLongError(InvalidAdError):
    code = "AD_TOO_LONG"


class AdTooCostlyError(InvalidAdError):
    """Scoring the ad ran past its time budget (``WASPADA_MAX_AD_SECONDS``)."""

    code = "AD_TOO_COSTLY"


class RuleFileError(WaspadaError):
    """A user rule file could not be parsed or validated."""

    code = "INVALID_RULE_FILE"


class TrainingError(WaspadaError):
    """Training, evaluation or a corpus build cannot go on (bad config or data).

    Library code raises this, never ``SystemExit``; the CLI prints the code
    and message and exits with status 2.
    """

    code = "TRAINING_FAILED"


class ArtifactError(WaspadaError):
    """A model artifact is missing, tampered with or incompatible."""

    code = "ARTIFACT_INVALID"


class ArtifactNotFoundError(ArtifactError):
    code = "MODEL_NOT_FOUND"


class ArtifactChecksumError(ArtifactError):
    code = "ARTIFACT_CHECKSUM_MISMATCH"


class ArtifactSignatureError(ArtifactError):
    """Signing key or pinned pipeline hash configured, artifact does not match."""

    code = "ARTIFACT_SIGNATURE_INVALID"


class DatasetMissingError(WaspadaError):
    """A dataset the caller asked for is not on disk."""

    code = "DATASET_MISSING"
