"""Trains the DIN Explorer network with DistributedDataParallel on the arrays of `din-explorer export-dataset` and
writes safetensors weights that `din-explorer import-model` stores as a run.

    python3 -m torch.distributed.run --standalone --nproc_per_node 2 train_ddp.py --data DIR --out W.safetensors

gloo on CPUs with sparse embedding gradients (SparseAdam updates only the rows a batch touched, like the app's lazy
Adam); nccl on GPUs, where embedding gradients are dense because NCCL has no sparse all-reduce. `--batch` is the
global batch: each of the N processes takes batch / N samples of every step, so N processes train with the same
budget as the app's `train --batch`.
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import torch
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel

from din import DinNet, batch_of, load_split, save_safetensors


def arguments():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", required=True, help="folder written by din-explorer export-dataset")
    p.add_argument("--out", required=True, help="safetensors file to write")
    p.add_argument("--model", default="din", choices=["din", "base", "lr"])
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--batch", type=int, default=32, help="global batch size (all processes together)")
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--emb-dim", type=int, default=16)
    p.add_argument("--attention", default="80,40")
    p.add_argument("--mlp", default="200,80")
    p.add_argument("--activation", default="prelu", choices=["prelu", "dice"])
    p.add_argument("--no-history-context", action="store_true")
    p.add_argument("--seed", type=int, default=42)
    return p.parse_args()


def app_config(args):
    """The app's DinConfig (model/.../config/DinConfig.java) as JSON fields, so import-model rebuilds this network."""
    units = lambda text: [int(u) for u in text.split(",") if u]
    return {"variant": args.model.upper(), "embeddingDim": args.emb_dim, "attentionUnits": units(args.attention),
            "mlpUnits": units(args.mlp), "activation": args.activation.upper(), "attentionSoftmax": False,
            "basePooling": "MEAN", "historyContext": not args.no_history_context, "learningRate": args.lr,
            "beta1": 0.9, "beta2": 0.999, "adamEpsilon": 1e-8, "embeddingL2": 0.0, "batchSize": args.batch,
            "epochs": args.epochs, "evaluateEveryBatches": 0, "earlyStoppingPatience": 0, "threads": 0,
            "gaucWeighting": "IMPRESSIONS"}


def app_schema(manifest):
    """The app's FeatureSchema: the time_gap table has a fixed size and is not part of it."""
    sizes = {k: v for k, v in manifest["vocabulary_sizes"].items() if k != "time_gap"}
    return {"userFields": manifest["user_fields"], "adFields": manifest["ad_fields"], "vocabularySizes": sizes,
            "historyLength": manifest["history_length"]}


def auc(labels, scores):
    """Area under the ROC curve with ties counted half, as the app's Auc."""
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    positives = labels.sum()
    negatives = len(labels) - positives
    return (ranks[labels == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives)


def train(args):
    backend = "nccl" if torch.cuda.is_available() else "gloo"
    dist.init_process_group(backend)
    rank, world = dist.get_rank(), dist.get_world_size()
    device = torch.device(f"cuda:{int(os.environ.get('LOCAL_RANK', 0))}" if backend == "nccl" else "cpu")
    if backend == "gloo":
        torch.set_num_threads(max(1, (os.cpu_count() or 1) // world))
    manifest, arrays = load_split(args.data, "train")
    fields = manifest["user_fields"] + manifest["ad_fields"]
    torch.manual_seed(args.seed)
    model = DinNet(app_config(args), app_schema(manifest), sparse=backend == "gloo").to(device)
    ddp = DistributedDataParallel(model, device_ids=[device.index] if backend == "nccl" else None)
    tables = [p for n, p in model.named_parameters() if n.startswith("embedding.")]
    dense = [p for n, p in model.named_parameters() if not n.startswith("embedding.")]
    optimizers = [torch.optim.Adam(dense, lr=args.lr, betas=(0.9, 0.999), eps=1e-8)]
    optimizers.append(torch.optim.SparseAdam(tables, lr=args.lr, betas=(0.9, 0.999), eps=1e-8)
                      if backend == "gloo" else torch.optim.Adam(tables, lr=args.lr, betas=(0.9, 0.999), eps=1e-8))
    n = len(arrays["label"])
    local = max(1, args.batch // world)
    per_rank = n // world
    steps = (per_rank + local - 1) // local
    loss_fn = torch.nn.BCEWithLogitsLoss()
    start = time.time()
    for epoch in range(args.epochs):
        # the same permutation on every rank, one contiguous shard each
        order = torch.randperm(n, generator=torch.Generator().manual_seed(args.seed + epoch)).numpy()
        mine = order[rank * per_rank:(rank + 1) * per_rank]
        model.train()
        last = time.time()
        for step in range(steps):
            rows = np.sort(mine[step * local:(step + 1) * local])
            b = {k: v.to(device) for k, v in batch_of(arrays, rows, fields).items()}
            logits, _ = ddp(b)
            loss = loss_fn(logits, b["label"])
            for o in optimizers:
                o.zero_grad()
            loss.backward()
            for o in optimizers:
                o.step()
            if rank == 0 and (time.time() - last > 10 or step == steps - 1):
                last = time.time()
                print(f"epoch {epoch + 1} step {step + 1}/{steps} loss {loss.item():.4f} "
                      f"{(step + 1) * local * world / (last - start):.0f} samples/s", file=sys.stderr, flush=True)
    seconds = time.time() - start
    if rank == 0:
        save_safetensors(args.out, model.cpu(), manifest["dataset_fingerprint"])
        summary = {"out": args.out, "processes": world, "backend": backend, "epochs": args.epochs,
                   "samples_per_second": round(args.epochs * steps * local * world / seconds),
                   "train_seconds": round(seconds, 1)}
        if manifest["splits"].get("validation"):
            summary["validation_auc"] = evaluate(model, args.data, "validation", fields)
        print(json.dumps(summary), flush=True)
    dist.destroy_process_group()


def evaluate(model, data, split, fields):
    _, arrays = load_split(data, split)
    model.eval()
    scores = []
    with torch.no_grad():
        for begin in range(0, len(arrays["label"]), 4096):
            rows = np.arange(begin, min(begin + 4096, len(arrays["label"])))
            scores.append(model(batch_of(arrays, rows, fields))[0].numpy())
    return float(auc(np.asarray(arrays["label"]), np.concatenate(scores)))


if __name__ == "__main__":
    train(arguments())
