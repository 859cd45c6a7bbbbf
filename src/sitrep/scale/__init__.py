"""Running the pipeline beyond one process: the Dask engine of `sitrep extract --engine dask`.

    from sitrep.scale.dask_engine import extract_stored_dask
    summary = extract_stored_dask(store, settings, workers=4)            # a local cluster
    summary = extract_stored_dask(store, settings, scheduler="tcp://10.0.0.5:8786")
"""
