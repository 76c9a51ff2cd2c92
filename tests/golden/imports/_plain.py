# A helper without __all__: `import *` takes the names without a leading _.
shown = 'shown'
_private = 'private'
