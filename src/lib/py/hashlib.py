"""hashlib: md5, sha1, sha224 and sha256, hashed by gilsim's _hashlib (written from
RFC 1321 and FIPS 180-4). As in CPython, hashing more than 2047 bytes at once
releases the GIL. The other algorithms are refused by name."""
import _hashlib

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha256 = _hashlib.openssl_sha256
sha224 = _hashlib.openssl_sha224
new = _hashlib.new

algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256'}
algorithms_available = {'md5', 'sha1', 'sha224', 'sha256'}

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'new', 'algorithms_guaranteed', 'algorithms_available')


def _refused(name):
    def refused(*args, **kwargs):
        raise NotImplementedError('hashlib.%s is not supported by gilsim (it has md5, sha1, sha224 and sha256)' % name)
    refused.__name__ = name
    return refused


sha384 = _refused('sha384')
sha512 = _refused('sha512')
sha3_256 = _refused('sha3_256')
sha3_512 = _refused('sha3_512')
blake2b = _refused('blake2b')
blake2s = _refused('blake2s')
pbkdf2_hmac = _refused('pbkdf2_hmac')
scrypt = _refused('scrypt')
file_digest = _refused('file_digest')
