# A helper whose body raises: the import fails with its exception.
ready = False
raise RuntimeError('helper failed while loading')
