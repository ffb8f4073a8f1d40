"""Signing as the chairman's token and the e-office would, with certificates the tests make
(pyHanko and cryptography): no token, no network."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from asn1crypto import keys as akeys
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass
class Identity:
    cert: ax509.Certificate
    key: akeys.PrivateKeyInfo
    chain: list[ax509.Certificate]

    def pem(self) -> bytes:
        return b"".join(_pem(c) for c in self.chain[-1:])


def _pem(c: ax509.Certificate) -> bytes:
    return x509.load_der_x509_certificate(c.dump()).public_bytes(serialization.Encoding.PEM)


def _name(cn: str, org: str = "") -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")]
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    return x509.Name(attrs + [x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _usage(ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=True, content_commitment=not ca, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


def make_root(cn: str = "Test Government Root CA"):
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn)).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=30))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(_usage(True), critical=True).sign(key, hashes.SHA256()))
    return cert, key


def make_signer(cn: str, root=None, org: str = "UBND xã Ba Giang") -> Identity:
    root_cert, root_key = root or make_root()
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(_name(cn, org)).issuer_name(root_cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=365))
            .add_extension(_usage(False), critical=True).sign(root_key, hashes.SHA256()))
    der = serialization.Encoding.DER
    return Identity(ax509.Certificate.load(cert.public_bytes(der)),
                    akeys.PrivateKeyInfo.load(key.private_bytes(der, serialization.PrivateFormat.PKCS8,
                                                                serialization.NoEncryption())),
                    [ax509.Certificate.load(root_cert.public_bytes(der))])


def sign(pdf: bytes, who: Identity, field: str = "Signature1") -> bytes:
    """A PAdES signature appended as an incremental revision, as a signing tool adds it."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    signer = signers.SimpleSigner(signing_cert=who.cert, signing_key=who.key,
                                  cert_registry=SimpleCertificateStore.from_certs(who.chain))
    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(field_name=field, subfilter=SigSeedSubFilter.PADES)
    return signers.sign_pdf(w, meta, signer=signer).getvalue()


def stamp_number(pdf: bytes, text: str = "Số: 39/BC-UBND") -> bytes:
    """What the e-office appends after the signature: the number and date as an annotation on page 1."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    page_ref = w.root["/Pages"]["/Kids"].raw_get(0)
    page = page_ref.get_object()
    annot = generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
        generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(x) for x in (90, 730, 250, 750)]),
        generic.NameObject("/Contents"): generic.TextStringObject(text),
        generic.NameObject("/DA"): generic.pdf_string("/Helv 12 Tf 0 g"),
    })
    ref = w.add_object(annot)
    annots = page.get("/Annots", generic.ArrayObject())
    annots = generic.ArrayObject(list(annots) + [ref])
    page[generic.NameObject("/Annots")] = annots
    w.update_container(page)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def replace_page_text(pdf: bytes, old: bytes, new: bytes) -> bytes:
    """An incremental revision that rewrites page 1's content: the change a signature must not hide."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    contents = w.root["/Pages"]["/Kids"][0].raw_get("/Contents")
    stream = contents.get_object()
    stream.strip_filters()
    assert old in stream.data
    stream._data = stream._encoded_data = stream.data.replace(old, new)  # noqa: SLF001 - the change itself
    w.mark_update(contents)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()
