"""The DIN Explorer networks (DIN, Embedding&MLP baseline, LR) in PyTorch, with the app's parameter names and math.

Reads the arrays of `din-explorer export-dataset` memory-mapped and reads and writes the app's safetensors weights
(`export-model --format safetensors`, `import-model`). The forward pass is that of the app's network
(model/src/main/java/org/dinexplorer/model/network/DinNetwork.java) and of its ONNX export: every history position is
scored and padded ones are masked, where the app skips them, so results agree to float rounding.
"""
import json
import struct

import numpy as np
import torch
from torch import nn

FORMAT = "din-explorer-weights"
MIN_PROBABILITY = 1e-7
DICE_EPS = 1e-5
DICE_MOMENTUM = 0.99


def load_split(data_dir, split):
    """The manifest and the arrays of one split, memory-mapped (nothing is read until indexed)."""
    with open(f"{data_dir}/manifest.json") as f:
        manifest = json.load(f)
    arrays = {a["name"]: np.load(f"{data_dir}/{split}/{a['name']}.npy", mmap_mode="r") for a in manifest["arrays"]}
    return manifest, arrays


def batch_of(arrays, rows, fields):
    """Model inputs of the given rows as tensors: ids as int64 (what nn.Embedding takes), floats as float32."""
    names = [f + "_index" for f in fields] + ["hist_cate", "hist_brand", "hist_btag", "hist_time_gap", "hist_length"]
    out = {n: torch.from_numpy(np.asarray(arrays[n][rows], dtype=np.int64)) for n in names}
    out["price"] = torch.from_numpy(np.asarray(arrays["price"][rows], dtype=np.float32))
    out["label"] = torch.from_numpy(np.asarray(arrays["label"][rows], dtype=np.float32))
    return out


class Activation(nn.Module):
    """PReLU (slope 0.25 at start) or Dice with running statistics, as in the app's PRelu and Dice layers."""

    def __init__(self, kind, units):
        super().__init__()
        self.kind = kind
        self.alpha = nn.Parameter(torch.full((units,), 0.25 if kind == "PRELU" else 0.0))
        if kind == "DICE":
            self.register_buffer("runningMean", torch.zeros(units))
            self.register_buffer("runningVar", torch.ones(units))

    def forward(self, s, rows=None):
        """`rows` selects the rows whose statistics Dice uses in training (the real history positions)."""
        if self.kind == "PRELU":
            return torch.clamp(s, min=0) + self.alpha * torch.clamp(s, max=0)
        if self.training:
            seen = s[rows] if rows is not None else s.reshape(-1, s.shape[-1])
            mean, var = seen.mean(0), seen.var(0, unbiased=False)
            with torch.no_grad():
                self.runningMean.mul_(DICE_MOMENTUM).add_((1 - DICE_MOMENTUM) * mean)
                self.runningVar.mul_(DICE_MOMENTUM).add_((1 - DICE_MOMENTUM) * var)
        else:
            mean, var = self.runningMean, self.runningVar
        p = torch.sigmoid((s - mean) / torch.sqrt(var + DICE_EPS))
        return s * (self.alpha + (1 - self.alpha) * p)


class Dense(nn.Module):
    """y = x W + b with W [in, out] (Glorot uniform) and b [out] (zeros), the app's Dense."""

    def __init__(self, n_in, n_out):
        super().__init__()
        limit = (6.0 / (n_in + n_out)) ** 0.5
        self.W = nn.Parameter(torch.empty(n_in, n_out).uniform_(-limit, limit))
        self.b = nn.Parameter(torch.zeros(n_out))

    def forward(self, x):
        return x @ self.W + self.b


class Mlp(nn.Module):
    """Hidden layers h0, h1, ... each with its activation, then the linear layer `out`: the app's Mlp."""

    def __init__(self, n_in, hidden, n_out, kind):
        super().__init__()
        self.layers = nn.ModuleDict()
        self.acts = nn.ModuleDict()
        width = n_in
        for i, units in enumerate(hidden):
            self.layers[f"h{i}"] = Dense(width, units)
            self.acts[f"h{i}"] = Activation(kind, units)
            width = units
        self.layers["out"] = Dense(width, n_out)

    def forward(self, x, rows=None):
        for name, layer in self.layers.items():
            x = layer(x)
            if name in self.acts:
                x = self.acts[name](x, rows)
        return x


class DinNet(nn.Module):
    """DIN (local activation unit over [q, k, q-k, q*k], weighted-sum pooling), BASE or LR, from the app's config."""

    def __init__(self, config, schema, sparse=True):
        super().__init__()
        self.config, self.schema = config, schema
        variant = config["variant"]
        e = 1 if variant == "LR" else config["embeddingDim"]
        self.context = config["historyContext"]
        tables = schema["userFields"] + schema["adFields"] + ["btag"] + (["time_gap"] if self.context else [])
        sizes = dict(schema["vocabularySizes"], time_gap=56)
        self.embedding = nn.ModuleDict({t: nn.Embedding(sizes[t], e, sparse=sparse) for t in tables})
        for table in self.embedding.values():
            nn.init.uniform_(table.weight, -0.05, 0.05)
        self.key_dim = (4 if self.context else 2) * e
        q = 2 * e
        kind = config["activation"]
        if variant == "DIN":
            units = config["attentionUnits"]
            self.att_h0 = Dense(3 * q + self.key_dim, units[0] if units else 1)
            if units:
                self.att_act = Activation(kind, units[0])
                self.att_rest = Mlp(units[0], units[1:], 1, kind)
        mlp = [] if variant == "LR" else config["mlpUnits"]
        width = (len(schema["userFields"]) + len(schema["adFields"])) * e + 1 + self.key_dim + e
        self.top = Mlp(width, mlp, 1, kind)

    def forward(self, b):
        """Logits [N] and history weights [N, L] (attention for DIN, pooling weights otherwise)."""
        fields = self.schema["userFields"] + self.schema["adFields"]
        cols = [self.embedding[f](b[f + "_index"]) for f in fields]
        length = b["hist_cate"].shape[1]
        real = torch.arange(length).unsqueeze(0) >= (length - b["hist_length"]).unsqueeze(1)
        mask = real.float()
        count = b["hist_length"].float().clamp(min=1).unsqueeze(1)
        btag = self.embedding["btag"](b["hist_btag"])
        parts = [self.embedding["cate_id"](b["hist_cate"]), self.embedding["brand"](b["hist_brand"])]
        if self.context:
            parts += [btag, self.embedding["time_gap"](b["hist_time_gap"])]
        keys = torch.cat(parts, 2)
        if self.config["variant"] == "DIN":
            weights = self.attention(cols[len(self.schema["userFields"]):], keys, real)
        else:
            weights = mask if self.config["basePooling"] == "SUM" else mask / count
        interest = (weights.unsqueeze(2) * keys).sum(1)
        btag_mean = (btag * mask.unsqueeze(2)).sum(1) / count
        x = torch.cat(cols + [b["price"].unsqueeze(1), interest, btag_mean], 1)
        return self.top(x).squeeze(1), weights

    def attention(self, ad_cols, keys, real):
        ad = self.schema["adFields"]
        query = torch.cat([ad_cols[ad.index("cate_id")], ad_cols[ad.index("brand")]], 1)
        comparable = keys[:, :, :query.shape[1]]
        q = query.unsqueeze(1).expand_as(comparable)
        h = self.att_h0(torch.cat([q, keys, q - comparable, q * comparable], 2))
        if hasattr(self, "att_act"):
            # Dice statistics over the real positions only: the app never computes the padded ones
            h = self.att_rest(self.att_act(h, real), real)
        scores = h.squeeze(2)
        if self.config["attentionSoftmax"]:
            soft = torch.softmax(scores.masked_fill(~real, -1e9), 1)
            return soft * real.float()
        return torch.where(real, scores, torch.zeros_like(scores))

    def app_tensors(self):
        """Every weight under the app's exchange name (model/.../io/NamedTensor.java), as live tensors."""
        kind = self.config["activation"].lower()
        out = {f"embedding.{t}": e.weight for t, e in self.embedding.items()}

        def dense(prefix, d):
            out[prefix + ".W"], out[prefix + ".b"] = d.W, d.b

        def act(prefix, a):
            for leaf in ("alpha", "runningMean", "runningVar"):
                if hasattr(a, leaf):
                    out[f"{prefix}.{kind}.{leaf}"] = getattr(a, leaf)

        def mlp(prefix, m):
            for name, layer in m.layers.items():
                dense(f"{prefix}.{name}", layer)
                if name in m.acts:
                    act(f"{prefix}.{name}", m.acts[name])

        if self.config["variant"] == "DIN":
            dense("attention.h0", self.att_h0)
            if hasattr(self, "att_act"):
                act("attention.h0", self.att_act)
                mlp("attention.rest", self.att_rest)
        mlp("top", self.top)
        return out


def save_safetensors(path, model, fingerprint):
    """The app's weights file: tensors F32 by app name, config, schema and fingerprint in the metadata."""
    tensors = {name: t.detach().float().contiguous().numpy() for name, t in model.app_tensors().items()}
    metadata = {"format": FORMAT, "format_version": "1", "config": json.dumps(model.config),
                "schema": json.dumps(model.schema), "dataset_fingerprint": fingerprint}
    header, offset = {"__metadata__": metadata}, 0
    for name, array in tensors.items():
        header[name] = {"dtype": "F32", "shape": list(array.shape), "data_offsets": [offset, offset + array.nbytes]}
        offset += array.nbytes
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text)
        for array in tensors.values():
            f.write(array.astype("<f4").tobytes())


def load_safetensors(path, sparse=False):
    """A DinNet with the weights of an app weights file, and the file's dataset fingerprint."""
    with open(path, "rb") as f:
        length = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(length))
        data = f.read()
    meta = header.pop("__metadata__")
    if meta.get("format") != FORMAT:
        raise ValueError(f"{path} is not DIN Explorer weights (metadata format {meta.get('format')!r})")
    model = DinNet(json.loads(meta["config"]), json.loads(meta["schema"]), sparse)
    own = model.app_tensors()
    if set(own) != set(header):
        raise ValueError(f"{path}: tensors differ from the network: missing {sorted(set(own) - set(header))}, "
                         f"unexpected {sorted(set(header) - set(own))}")
    for name, entry in header.items():
        begin, end = entry["data_offsets"]
        values = np.frombuffer(data[begin:end], dtype="<f4").reshape(entry["shape"])
        with torch.no_grad():
            own[name].copy_(torch.from_numpy(values.copy()))
    return model, meta["dataset_fingerprint"]
