"""The miner on the storage under a deployment and on hardened hosts: a volume attached elsewhere,
SeaweedFS out of writable volumes at INFO, a tool's failed chown on a filesystem without owners,
an errno as Passenger prints it, SELinux's denials and a claim's provisioning wait counted over
minutes are listed; the CSI resizer's hand-over of a resize, SeaweedFS' volumes growing and
filling, and a count of the entries a program loaded stay notices. Real lines from tests/realworld
with their sources; near misses beside them."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists


@pytest.mark.parametrize(
    "line",
    [
        # heldout55 #11 (konveyor/mig-demo-apps#8) and #12 (red-hat-storage/ocs-ci#1149)
        'Multi-Attach error for volume "pvc-bc013ac6-c686-11e9-9081-06b878036c23" Volume is already '
        "used by pod(s) mysql-1-h5xbc",
        'Multi-Attach error for volume "pvc-dcf3b382-1b66-11ea-8736-005056be54a4" Volume is already '
        "exclusively attached to one node and can't be attached to another",
        # heldout55 #14 (openware/peatio#754)
        "Error message: Cannot create a temporary directory in the format of "
        "'/tmp/passenger-spawn-debug.XXX': No space left on device (errno=28)",
        # heldout55 #40 (docker-library/mysql#153), and chmod's form behind journald's prefix
        "chown: changing ownership of '/var/lib/mysql/': Invalid argument",
        "Mar 01 10:00:00 host entrypoint.sh[412]: chmod: changing permissions of '/data/x': Invalid "
        "argument",
        # heldout56 #25 and #26 (portainer/portainer#849): an enforced AVC denial and
        # setroubleshoot's summary of one
        'type=AVC msg=audit(1495110106.576:2073): avc:  denied  { write } for  pid=12858 comm="mysqld"'
        ' path="/opt/bitnami/mariadb/data/tc.log" dev="overlay" ino=137725 scontext=system_u:system_r:'
        "svirt_lxc_net_t:s0:c752,c867 tcontext=system_u:object_r:docker_var_lib_t:s0 tclass=file",
        "SELinux is preventing /opt/bitnami/nami/runtime/node from write access on the directory "
        "/opt/apache-persistence.",
        # heldout55 #17 (kubernetes-retired/external-storage#754): a claim's wait for its
        # provisioner counted over 16 minutes, and over hours
        "  Normal  ExternalProvisioning  1m (x61 over 16m)  persistentvolume-controller  waiting for "
        'a volume to be created, either by external provisioner "example.com/aws-efs" or manually '
        "created by system administrator",
        "  Normal  ExternalProvisioning  3s (x900 over 3h)  persistentvolume-controller  waiting for "
        'a volume to be created, either by external provisioner "ebs.csi.aws.com" or manually '
        "created by system administrator",
        # SeaweedFS out of writable volumes at klog's INFO: its mount and filer client
        # (heldout55 #82, seaweedfs/seaweedfs#5946; #5947's write path) and its master's answer
        # to an assign (seaweedfs/seaweedfs#5154)
        "I0828 16:16:00.622213 wfs_filer_client.go:31 WithFilerClient 0 localhost:18888: assign "
        'volume failure count:1 collection:"user1" path:"/opt/udm/fs1/test03/20240828_1615_334/'
        '254.file.dat": assign volume: rpc error: code = Unknown desc = failed to find writable '
        "volumes for collection:user1 replication:000 ttl: error: No more writable volumes!",
        "I0829 05:36:49.165447 weedfs_write.go:51 upload data xx.txt: filerGrpcAddress assign "
        'volume: assign volume failure count:1 collection:"ingest-prd" path:"/files/prd/in/test/'
        'xx.txt": assign volume: rpc error: code = Unknown desc = failed to find writable volumes '
        "for collection:ingest-prd replication:002 ttl: error: No writable volumes in volume layout",
        "I0102 17:11:27.737235 common.go:75 response method:GET URL:/dir/assign with httpStatus:406 "
        'and JSON:{"error":"failed to find writable volumes for collection: replication:000 ttl: '
        'error: No more writable volumes!"}',
    ],
)
def test_failures_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # heldout55 #60 (kubernetes-sigs/aws-ebs-csi-driver#432): the expand controller handing a
        # CSI volume's resize to the driver's resizer, as a Warning event row and alone
        "0s          Warning   ExternalExpanding            persistentvolumeclaim/orcl-oracledb   "
        "Ignoring the PVC: didn't find a plugin capable of expanding the volume; waiting for an "
        "external controller to process this PVC.",
        "Ignoring the PVC: didn't find a plugin capable of expanding the volume; waiting for an "
        "external controller to process this PVC.",
        # an AVC the kernel only logged (permissive mode), and a Multi-Attach sentence that is prose
        'type=AVC msg=audit(1495110106.576:2073): avc:  denied  { write } for  pid=12858 comm="mysqld"'
        ' path="/data/tc.log" scontext=system_u:system_r:container_t:s0 tclass=file permissive=1',
        "The docs explain the Multi-Attach error for volumes of access mode ReadWriteOnce.",
        # a count of the entries a program loaded, at whatever level it logged it
        # (oliver006/redis_exporter#627, heldout68 #57)
        # SeaweedFS' volumes growing and filling as they should (seaweedfs/seaweedfs#4141, #370),
        # and its error at DEBUG, where no notice counts
        "I0924 14:35:40.958756 volume_layout.go:396 Volume 567 becomes writable",
        "I0914 11:56:38.000000 22517 volume_layout.go:110] Volume 5 becomes unwritable",
        'level=debug msg="retrying assign" err="No writable volumes in volume layout"',
        'level=error msg="Loaded 1 entries from /opt/redis_exporter/file.json"',
        '{"level":"error","msg":"Loaded 3 entries from /cfg/redis_passwd.json"}',
        # PostgreSQL ending a session on a fast shutdown (CrunchyData/postgres-operator#3798)
        "2024-07-16 14:13:12.528 UTC [1794] FATAL:  terminating connection due to administrator "
        "command",
        # a chown that changed nothing because it was told to say so (coreutils' -v output)
        "ownership of '/var/lib/mysql/' retained as mysql:mysql",
        # every dynamically provisioned claim's wait while its volume is created, once or briefly
        "  Normal  ExternalProvisioning  4s (x2 over 9s)  persistentvolume-controller  waiting for a "
        'volume to be created, either by external provisioner "ebs.csi.aws.com" or manually '
        "created by system administrator",
        "  Normal  ExternalProvisioning  10s (x9 over 2m)  persistentvolume-controller  waiting for "
        'a volume to be created, either by external provisioner "ebs.csi.aws.com" or manually '
        "created by system administrator",
    ],
)
def test_routine_lines_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # the resizer's own failure after the hand-over stays an error
        "0s  Warning  VolumeResizeFailed  persistentvolumeclaim/data  resize volume pvc-1 failed: "
        "rpc error: code = Internal desc = Could not resize volume",
        # the hand-over's words with what failed after them are not the whole message
        "Ignoring the PVC: didn't find a plugin capable of expanding the volume; waiting for an "
        "external controller to process this PVC. Error: resizer not registered",
        # a load that says what failed after its count
        'level=error msg="Loaded 1 entries from /opt/redis_exporter/file.json, 2 unreadable"',
        # a client quoting the session's end lost its connection; the server's other reasons
        "org.postgresql.util.PSQLException: FATAL: terminating connection due to administrator "
        "command",
        "2024-07-16 14:13:12.528 UTC [1794] FATAL:  terminating connection because of crash of "
        "another server process",
    ],
)
def test_failures_near_the_notice_stay_listed(line: str) -> None:
    assert miner_lists(line)
