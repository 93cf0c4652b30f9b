#!/usr/bin/env python3
"""Side-by-side baseline for recolte's deduplication (benchmark suite, issue 6).

This is what an analyst would otherwise write in an afternoon with numpy, scipy
and scikit-learn: TF-IDF on word 1-2-grams plus char_wb 3-5-grams, cosine
radius-neighbours graph within each `kind`, connected components as clusters.
It exists so that recolte's quality and speed can be compared against a plain,
idiomatic reference, not as something to tune.

usage: baseline-sklearn.py RECORDS.ndjson --radius R --out ASSIGNMENTS.ndjson

Writes one {"id", "cluster"} line per input record (input order) to
ASSIGNMENTS.ndjson and prints {"records", "clusters", "seconds"} on stdout,
where seconds covers vectorising + neighbours + components only.
Exit 2: bad argument or unreadable file. Exit 3: scikit-learn not installed.
"""

import argparse
import json
import sys
import time
import unicodedata

PROG = "baseline-sklearn"


def fail(message, code=2):
    print(f"{PROG}: {message}", file=sys.stderr)
    sys.exit(code)


class Parser(argparse.ArgumentParser):
    def error(self, message):
        fail(f"{message} (usage: baseline-sklearn.py RECORDS.ndjson --radius R --out ASSIGNMENTS.ndjson)")


def normalise(text):
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def read_records(path):
    records = []
    try:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as e:
                    fail(f"{path}:{number}: invalid JSON ({e.msg})")
                if not isinstance(record, dict) or not all(
                    isinstance(record.get(k), str) for k in ("id", "kind", "text")
                ):
                    fail(f"{path}:{number}: record needs string fields id, kind and text")
                records.append(record)
    except OSError as e:
        fail(f"cannot read {path}: {e.strerror}")
    except UnicodeDecodeError:
        fail(f"{path}: not valid UTF-8")
    return records


def cluster_kind(texts, radius):
    """Component label for each text of one kind."""
    from scipy.sparse import hstack
    from scipy.sparse.csgraph import connected_components
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.neighbors import radius_neighbors_graph
    from sklearn.preprocessing import normalize

    word = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=1)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=1)
    try:
        X = normalize(hstack([word.fit_transform(texts), char.fit_transform(texts)]).tocsr())
    except ValueError:  # empty vocabulary: nothing to compare, every record alone
        return list(range(len(texts)))
    graph = radius_neighbors_graph(
        X, radius=radius, metric="cosine", mode="connectivity", include_self=False
    )
    _, labels = connected_components(graph, directed=False)
    return labels.tolist()


def main():
    parser = Parser(prog="baseline-sklearn.py")
    parser.add_argument("records")
    parser.add_argument("--radius", type=float, required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if not 0 <= args.radius <= 2:
        fail(f"--radius must be a cosine distance between 0 and 2, got {args.radius}")

    try:
        import sklearn  # noqa: F401
        import scipy  # noqa: F401
        import numpy  # noqa: F401
    except ImportError:
        fail("scikit-learn is not installed (Debian: apt-get install python3-sklearn)", 3)

    records = read_records(args.records)

    start = time.perf_counter()
    by_kind = {}
    for index, record in enumerate(records):
        by_kind.setdefault(record["kind"], []).append(index)
    clusters = [None] * len(records)
    count = 0
    for kind, indices in by_kind.items():
        labels = cluster_kind([normalise(records[i]["text"]) for i in indices], args.radius)
        for i, label in zip(indices, labels):
            clusters[i] = f"{kind}:{label}"
        count += len(set(labels))
    seconds = time.perf_counter() - start

    try:
        with open(args.out, "w", encoding="utf-8") as f:
            for record, cluster in zip(records, clusters):
                f.write(json.dumps({"id": record["id"], "cluster": cluster}, ensure_ascii=False) + "\n")
    except OSError as e:
        fail(f"cannot write {args.out}: {e.strerror}")

    print(json.dumps({"records": len(records), "clusters": count, "seconds": round(seconds, 3)}))


if __name__ == "__main__":
    main()
