# The seed's IAM/STS walk-through with boto3 against `aws local serve`, then requests that must be refused:
# a wrong secret, a body changed after signing, a signature 20 minutes old, an expired presigned URL, no signature.
# Run by SeedWalkThroughTests: python3 seed_walk_through.py ADMIN_KEY ADMIN_SECRET ENDPOINT
import base64, datetime, hashlib, hmac, struct, sys, time, urllib.error, urllib.request
import boto3, botocore.auth, botocore.awsrequest, botocore.credentials, botocore.exceptions

key, secret, endpoint = sys.argv[1:4]
def session(k, s, t=None):
    return boto3.session.Session(aws_access_key_id=k, aws_secret_access_key=s, aws_session_token=t, region_name="us-east-1")
def client(sess, name):
    return sess.client(name, endpoint_url=endpoint)
def code_of(fn):
    try:
        fn()
        return "allowed"
    except botocore.exceptions.ClientError as e:
        return e.response["Error"]["Code"]
def totp(seed, step):
    mac = hmac.new(base64.b32decode(seed), struct.pack(">q", step), hashlib.sha1).digest()
    o = mac[-1] & 15
    return "%06d" % ((struct.unpack(">I", mac[o:o + 4])[0] & 0x7FFFFFFF) % 1000000)

admin = session(key, secret)
iam, sts = client(admin, "iam"), client(admin, "sts")
account = sts.get_caller_identity()["Account"]
iam.create_user(UserName="MyIAMUser")
ak = iam.create_access_key(UserName="MyIAMUser")["AccessKey"]
iam.attach_user_policy(UserName="MyIAMUser", PolicyArn="arn:aws:iam::aws:policy/AmazonEC2FullAccess")
user = session(ak["AccessKeyId"], ak["SecretAccessKey"])
print("user arn:", client(user, "sts").get_caller_identity()["Arn"].split(":")[-1])
print("list-users as user:", code_of(lambda: client(user, "iam").list_users()))

trust = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%s:user/MyIAMUser"},"Action":"sts:AssumeRole"}]}' % account
iam.create_role(RoleName="MyRole", AssumeRolePolicyDocument=trust)
creds = client(user, "sts").assume_role(RoleArn="arn:aws:iam::%s:role/MyRole" % account, RoleSessionName="MySession")["Credentials"]
role = session(creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"])
print("assumed:", client(role, "sts").get_caller_identity()["Arn"].split(":")[-1])

device = iam.create_virtual_mfa_device(VirtualMFADeviceName="MyIAMUser")["VirtualMFADevice"]
seed = device["Base32StringSeed"].decode()
step = int(time.time()) // 30
iam.enable_mfa_device(UserName="MyIAMUser", SerialNumber=device["SerialNumber"],
                      AuthenticationCode1=totp(seed, step - 1), AuthenticationCode2=totp(seed, step))
creds = client(user, "sts").get_session_token(DurationSeconds=3600, SerialNumber=device["SerialNumber"],
                                                TokenCode=totp(seed, int(time.time()) // 30))["Credentials"]
mfa = session(creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"])
print("session with MFA:", client(mfa, "sts").get_caller_identity()["Arn"].split(":")[-1])
print("wrong MFA code:", code_of(lambda: client(user, "sts").get_session_token(
    SerialNumber=device["SerialNumber"], TokenCode=totp(seed, step + 20))))
print("wrong secret:", code_of(lambda: client(session(ak["AccessKeyId"], "wrong" + ak["SecretAccessKey"][5:]), "sts").get_caller_identity()))

def send(request):
    req = urllib.request.Request(request.url, data=request.body, headers=dict(request.headers), method=request.method)
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()
def xml_value(body, tag):
    return body.split("<%s>" % tag)[1].split("</%s>" % tag)[0]
def signed(body):
    request = botocore.awsrequest.AWSRequest(method="POST", url=endpoint + "/", data=body,
                                             headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
    botocore.auth.SigV4Auth(botocore.credentials.Credentials(key, secret), "iam", "us-east-1").add_auth(request)
    return request

request = signed("Action=ListUsers&Version=2010-05-08")
request.data = "Action=ListRoles&Version=2010-05-08"
status, body = send(request)
print("body changed after signing:", xml_value(body, "Code"))

real_now = botocore.auth.get_current_datetime
botocore.auth.get_current_datetime = lambda: real_now() - datetime.timedelta(minutes=20)
status, body = send(signed("Action=ListUsers&Version=2010-05-08"))
botocore.auth.get_current_datetime = real_now
print("signed 20 minutes ago:", xml_value(body, "Code"), " ".join(xml_value(body, "Message").split()[:2]))

url = sts.generate_presigned_url("get_caller_identity", ExpiresIn=1, HttpMethod="GET")
time.sleep(2.1)
status, body = send(botocore.awsrequest.AWSRequest(method="GET", url=url))
print("presigned url, expired:", status, xml_value(body, "Message"))
url = sts.generate_presigned_url("get_caller_identity", ExpiresIn=60, HttpMethod="GET")
print("presigned url, valid:", send(botocore.awsrequest.AWSRequest(method="GET", url=url))[0])

status, body = send(botocore.awsrequest.AWSRequest(method="POST", url=endpoint + "/", data="Action=ListUsers&Version=2010-05-08",
                                                   headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}))
print("no signature:", xml_value(body, "Code"))
